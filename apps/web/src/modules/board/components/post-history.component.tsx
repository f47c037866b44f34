import { useQuery } from '@apollo/client/react';
import { Button, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { formatDateTime } from '../../../ui/dates.util';
import { Loading } from '../../../ui/loading.component';
import { forumPostHistoryQuery } from '../graphql/board-tools.graphql';

interface EditedMarkerProps {
  post: Pick<ForumPostFieldsFragment, 'id' | 'editedAt' | 'author'>;
  /** The post's accessible name, e.g. "Post 3 by Avery Quinn". */
  label: string;
  isModerator: boolean;
  timeZone?: string;
}

/** "Edited" on a changed post; its author and moderators open the earlier versions from it. */
export function EditedMarker({ post, label, isModerator, timeZone }: EditedMarkerProps) {
  const [open, setOpen] = useState(false);
  if (!post.editedAt) return null;
  const when = formatDateTime(post.editedAt, timeZone);
  if (!post.author.isYou && !isModerator) {
    return (
      <Text span size="xs" c="dimmed" title={`Edited ${when}`}>
        Edited
      </Text>
    );
  }
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        onClick={() => setOpen(true)}
        aria-label={`Edited ${when}: see the earlier versions of ${label}`}
      >
        Edited
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Earlier versions" centered size="lg">
        {open ? <PostHistory postId={post.id} timeZone={timeZone} /> : null}
      </Modal>
    </>
  );
}

function PostHistory({ postId, timeZone }: { postId: string; timeZone?: string }) {
  const { data, loading, error } = useQuery(forumPostHistoryQuery, { variables: { postId }, fetchPolicy: 'network-only' });
  if (error) return <ErrorAlert>{toApiError(error).message}</ErrorAlert>;
  if (loading && !data) return <Loading label="Loading the earlier versions" />;
  const revisions = [...(data?.forumPostHistory ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (revisions.length === 0) return <Text c="dimmed">No earlier versions.</Text>;
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Earlier versions, newest first">
      {revisions.map((revision) => (
        <Paper component="li" key={revision.id} withBorder p="sm">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Before the edit of <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt, timeZone)}</time>
            </Text>
            {revision.reason ? <Text size="sm">Reason: {revision.reason}</Text> : null}
            {/* The markdown as written, shown as plain text. */}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {revision.bodyMd}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
