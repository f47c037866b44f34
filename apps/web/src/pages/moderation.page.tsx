import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { ModerationNav } from '../modules/board/components/moderation-nav.component';
import { ModerationTabs } from '../modules/board/components/moderation-tabs.component';
import { Page } from '../ui/page.component';

/** Moderators: posts held for review and posts members flagged. Loaded on demand. */
export function ModerationPage() {
  return (
    <RequireViewer moderatorOnly>
      {(viewer) => (
        <Page title="Moderation" intro="Posts held for review and posts members flagged: approve them, dismiss the flags, or hide or delete them with a reason.">
          <ModerationNav />
          <ModerationTabs timeZone={viewer.timeZone} />
        </Page>
      )}
    </RequireViewer>
  );
}
