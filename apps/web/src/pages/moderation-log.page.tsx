import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { ModerationLogTable } from '../modules/board/components/moderation-log-table.component';
import { ModerationNav } from '../modules/board/components/moderation-nav.component';
import { Page } from '../ui/page.component';

/** Moderators: the action log. Loaded on demand. */
export function ModerationLogPage() {
  return (
    <RequireViewer moderatorOnly>
      {(viewer) => (
        <Page title="Moderation log" intro="Every moderation action with who took it, when and why." size="lg">
          <ModerationNav />
          <ModerationLogTable timeZone={viewer.timeZone} />
        </Page>
      )}
    </RequireViewer>
  );
}
