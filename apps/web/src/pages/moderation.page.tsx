import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { ModerationNav } from '../modules/board/components/moderation-nav.component';
import { ModerationQueue } from '../modules/board/components/moderation-queue.component';
import { Page } from '../ui/page.component';

/** Moderators: posts held for review. Loaded on demand. */
export function ModerationPage() {
  return (
    <RequireViewer moderatorOnly>
      {(viewer) => (
        <Page title="Moderation" intro="Posts held for review: approve them, or hide or delete them with a reason.">
          <ModerationNav />
          <ModerationQueue timeZone={viewer.timeZone} />
        </Page>
      )}
    </RequireViewer>
  );
}
