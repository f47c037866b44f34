import type { Reference } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Menu, Paper, Stack, Text, Typography } from '@mantine/core';
import { Link } from 'react-router-dom';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment, ModerationFlagsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { formatDateTime } from '../../../ui/dates.util';
import { Loading } from '../../../ui/loading.component';
import { flagReasonLabel, statusLabel } from '../board-labels.util';
import { moderationFlagsQuery } from '../graphql/moderation.graphql';
import { useMemberModeration, type MemberModeration } from '../hooks/use-member-moderation.hook';
import { useModerationActions } from '../hooks/use-moderation-actions.hook';
import { postPath } from '../search-snippet.util';
import { AuthorCard } from './author-card.component';
import classes from './board.module.css';
import { MemberMenuItems, MemberModerationDialogs } from './member-moderation.component';
import { ReasonModal } from './reason-modal.component';

const POLL_MS = 30_000;

type Flag = ModerationFlagsQuery['moderationFlags'][number];

interface FlaggedPost {
  post: ForumPostFieldsFragment;
  flags: Flag[];
}

/** One entry per post, its flags oldest first, in the order the first flag came in. */
function byPost(flags: readonly Flag[]): FlaggedPost[] {
  const out = new Map<string, FlaggedPost>();
  for (const flag of flags) {
    const entry = out.get(flag.post.id);
    if (entry) entry.flags.push(flag);
    else out.set(flag.post.id, { post: flag.post, flags: [flag] });
  }
  return [...out.values()];
}

/** Moderators: posts members flagged. Any decision on a post settles its flags (it leaves the list). */
export function ModerationFlags({ timeZone }: { timeZone?: string }) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(moderationFlagsQuery, { pollInterval: POLL_MS });
  const members = useMemberModeration();
  const actions = useModerationActions((post) => {
    client.cache.modify<{ moderationFlags: Reference[] }>({
      fields: {
        moderationFlags: (list, { readField }) =>
          (list as Reference[]).filter((flag) => readField<string>('id', readField<Reference>('post', flag)) !== post.id),
      },
    });
  });
  const flagged = byPost(data?.moderationFlags ?? []);

  return (
    <Stack>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading flagged posts" /> : null}
      {data && flagged.length === 0 ? (
        <Text c="dimmed" role="status">
          No open flags. Posts members flag appear here, oldest first.
        </Text>
      ) : null}
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Flagged posts">
        {flagged.map((item) => (
          <li key={item.post.id}>
            <FlaggedPostCard
              item={item}
              timeZone={timeZone}
              busy={actions.busyId === item.post.id}
              members={members}
              onDecide={(decision) => actions.decide(item.post, decision)}
            />
          </li>
        ))}
      </Stack>
      <ReasonModal request={actions.reasonRequest} onClose={actions.closeReason} />
      <MemberModerationDialogs moderation={members} />
    </Stack>
  );
}

interface FlaggedPostCardProps {
  item: FlaggedPost;
  timeZone?: string;
  busy: boolean;
  members: MemberModeration;
  onDecide: (decision: 'APPROVE' | 'HIDE' | 'DELETE') => void;
}

function FlaggedPostCard({ item: { post, flags }, timeZone, busy, members, onDecide }: FlaggedPostCardProps) {
  const status = statusLabel(post.status);
  const author = post.author.userId ? { userId: post.author.userId, displayName: post.author.displayName } : null;
  return (
    <Paper withBorder p="md" component="article" aria-label={`Flagged post by ${post.author.displayName}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <AuthorCard author={post.author} />
          <Stack gap={2} align="flex-end">
            {status ? (
              <Badge color="gray" variant="light" tt="none">
                {status}
              </Badge>
            ) : null}
            <Anchor component={Link} to={postPath(post.threadId, post.id)} size="sm">
              Open in the thread
            </Anchor>
          </Stack>
        </Group>
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Flags">
          {flags.map((flag) => (
            <Text component="li" key={flag.id} size="sm">
              <Text span fw={600}>
                {flagReasonLabel(flag.reason)}
              </Text>{' '}
              <Text span c="dimmed">
                · <time dateTime={flag.createdAt}>{formatDateTime(flag.createdAt, timeZone)}</time>
              </Text>
              {flag.note ? <Text span style={{ overflowWrap: 'anywhere' }}>{` — “${flag.note}”`}</Text> : null}
            </Text>
          ))}
        </Stack>
        {post.bodyHtml ? (
          // Sanitized by the server, like every post body.
          <Typography className={classes.body} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        ) : (
          <Text c="dimmed" fs="italic">
            This post was deleted.
          </Text>
        )}
        <Group gap="xs">
          {post.status === 'HELD' ? (
            <Button color="teal" onClick={() => onDecide('APPROVE')} loading={busy}>
              Approve
            </Button>
          ) : null}
          {post.status === 'VISIBLE' || post.status === 'HELD' ? (
            <Button variant="default" onClick={() => onDecide('HIDE')} disabled={busy}>
              Hide…
            </Button>
          ) : null}
          {post.status !== 'DELETED' ? (
            <Button variant="default" color="red" onClick={() => onDecide('DELETE')} disabled={busy}>
              Delete…
            </Button>
          ) : null}
          {author ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="subtle" aria-label={`Act on ${post.author.displayName}`}>
                  Author…
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <MemberMenuItems member={author} moderation={members} />
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
