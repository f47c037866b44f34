import type { Reference } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Kbd, Menu, Stack, Text, Typography } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment, ModerationFlagsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { formatDateTime } from '../../../ui/dates.util';
import { Loading } from '../../../ui/loading.component';
import { flagReasonLabel, statusLabel } from '../board-labels.util';
import { dismissForumFlagsMutation, moderationFlagsQuery } from '../graphql/moderation.graphql';
import { useKeyboardList } from '../hooks/use-keyboard-list.hook';
import { useMemberModeration, type MemberModeration } from '../hooks/use-member-moderation.hook';
import { useModerationActions } from '../hooks/use-moderation-actions.hook';
import { postPath } from '../search-snippet.util';
import { AuthorCard } from './author-card.component';
import classes from './board.module.css';
import { MemberMenuItems, MemberModerationDialogs } from './member-moderation.component';
import { QueueItemCard } from './queue-item-card.component';
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

type Decision = 'APPROVE' | 'HIDE' | 'DELETE' | 'DISMISS';

/**
 * Moderators: posts members flagged, with keyboard shortcuts (j/k move, x dismiss, h hide, d delete).
 * Any decision on a post settles its flags (it leaves the list); dismissing settles them and leaves the post as it is.
 */
export function ModerationFlags({ timeZone }: { timeZone?: string }) {
  const client = useApolloClient();
  const shortcutsId = useId();
  const { data, loading, error } = useQuery(moderationFlagsQuery, { pollInterval: POLL_MS });
  const [dismissFlags] = useMutation(dismissForumFlagsMutation);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const members = useMemberModeration();
  const flagged = byPost(data?.moderationFlags ?? []);
  const list = useKeyboardList(flagged.map((item) => ({ ...item, id: item.post.id })));
  const settled = (postId: string) => {
    list.decided(postId);
    client.cache.modify<{ moderationFlags: Reference[] }>({
      fields: {
        moderationFlags: (all, { readField }) =>
          (all as Reference[]).filter((flag) => readField<string>('id', readField<Reference>('post', flag)) !== postId),
      },
    });
  };
  const actions = useModerationActions((post) => settled(post.id));
  const dismiss = async (postId: string) => {
    setDismissing(postId);
    try {
      await dismissFlags({ variables: { input: { postId } } });
      notifications.show({ message: 'Flags dismissed: the post stays as it is.' });
      settled(postId);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not dismiss', message: toApiError(e).message });
    } finally {
      setDismissing(null);
    }
  };
  const decide = (item: FlaggedPost, decision: Decision) => {
    if (decision === 'DISMISS') void dismiss(item.post.id);
    else actions.decide(item.post, decision);
  };
  const act = (decision: Decision) => () => {
    const item = list.selected;
    if (!item || actions.reasonRequest || actions.busyId !== null || dismissing !== null) return;
    // The same actions the card's buttons offer for this post's status.
    const { status } = item.post;
    const offered = decision === 'DISMISS' || (decision === 'HIDE' ? status === 'VISIBLE' || status === 'HELD' : status !== 'DELETED');
    if (offered) decide(item, decision);
  };
  useHotkeys([
    ['j', () => list.move(1)],
    ['k', () => list.move(-1)],
    ['x', act('DISMISS')],
    ['h', act('HIDE')],
    ['d', act('DELETE')],
  ]);

  return (
    <Stack>
      <Text size="sm" id={shortcutsId}>
        Keyboard: <Kbd>j</Kbd> next, <Kbd>k</Kbd> previous, <Kbd>x</Kbd> dismiss the flags, <Kbd>h</Kbd> hide, <Kbd>d</Kbd> delete
        (the selected post is outlined).
      </Text>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading flagged posts" /> : null}
      {data && flagged.length === 0 ? (
        <Text c="dimmed" role="status">
          No open flags. Posts members flag appear here, oldest first.
        </Text>
      ) : null}
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Flagged posts">
        {flagged.map((item, i) => (
          <li key={item.post.id}>
            <FlaggedPostCard
              item={item}
              timeZone={timeZone}
              busy={actions.busyId === item.post.id || dismissing === item.post.id}
              members={members}
              selected={list.selected?.id === item.post.id}
              shortcutsId={shortcutsId}
              register={list.register(item.post.id)}
              onSelect={() => list.select(i)}
              onDecide={(decision) => decide(item, decision)}
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
  selected: boolean;
  shortcutsId: string;
  register: (el: HTMLElement | null) => void;
  onSelect: () => void;
  onDecide: (decision: Decision) => void;
}

function FlaggedPostCard({ item: { post, flags }, timeZone, busy, members, selected, shortcutsId, register, onSelect, onDecide }: FlaggedPostCardProps) {
  const status = statusLabel(post.status);
  const author = post.author.userId ? { userId: post.author.userId, displayName: post.author.displayName } : null;
  return (
    <QueueItemCard label={`Flagged post by ${post.author.displayName}`} selected={selected} shortcutsId={shortcutsId} register={register} onSelect={onSelect}>
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
          <Button variant="light" onClick={() => onDecide('DISMISS')} loading={busy} aria-keyshortcuts="x">
            Dismiss flags
          </Button>
          {post.status === 'HELD' ? (
            <Button color="teal" onClick={() => onDecide('APPROVE')} loading={busy}>
              Approve
            </Button>
          ) : null}
          {post.status === 'VISIBLE' || post.status === 'HELD' ? (
            <Button variant="default" onClick={() => onDecide('HIDE')} disabled={busy} aria-keyshortcuts="h">
              Hide…
            </Button>
          ) : null}
          {post.status !== 'DELETED' ? (
            <Button variant="default" color="red" onClick={() => onDecide('DELETE')} disabled={busy} aria-keyshortcuts="d">
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
    </QueueItemCard>
  );
}
