import { Alert, Stack, Text, Typography } from '@mantine/core';
import type { ForumPostFieldsFragment } from '../../../gql/graphql';
import classes from './board.module.css';
import { READABLE_TITLE } from './held-notice.component';
import { PhiFindingList } from './phi-report.component';

type PendingEdit = NonNullable<ForumPostFieldsFragment['pendingEdit']>;

/** An edit of a published post that waits for a moderator: its author and moderators see it; readers see the published text. */
export function PendingEditNotice({ edit, viewer }: { edit: PendingEdit; viewer: 'author' | 'moderator' }) {
  return (
    <Alert color="yellow" variant="light" title={viewer === 'author' ? 'Your edit waits for a moderator' : 'An edit waits for review'} styles={READABLE_TITLE}>
      <Stack gap="xs">
        <Text size="sm">{edit.heldReason}</Text>
        <Text size="sm">
          {viewer === 'author'
            ? 'Other members see the version below this notice until a moderator approves your edit. Your edit:'
            : 'Members see the published version until the edit is approved. The edit:'}
        </Text>
        {/* Sanitized by the server, like every post body. */}
        <Typography className={classes.body} dangerouslySetInnerHTML={{ __html: edit.bodyHtml }} />
        {edit.phiFindings.length > 0 ? <PhiFindingList findings={edit.phiFindings} label="Possible patient identifiers found in the edit" /> : null}
      </Stack>
    </Alert>
  );
}
