import type { Reference } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Kbd, Stack, Text, Typography } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { formatDateTime } from '../../../ui/dates.util';
import { Loading } from '../../../ui/loading.component';
import { moderationQueueQuery } from '../graphql/moderation.graphql';
import { useKeyboardList } from '../hooks/use-keyboard-list.hook';
import { useModerationActions } from '../hooks/use-moderation-actions.hook';
import { AuthorCard } from './author-card.component';
import classes from './board.module.css';
import { HeldNotice } from './held-notice.component';
import { PendingEditNotice } from './pending-edit-notice.component';
import { PhiMarkedText } from './phi-report.component';
import { QueueItemCard } from './queue-item-card.component';
import { ReasonModal } from './reason-modal.component';

const POLL_MS = 30_000;

type QueueDecision = 'APPROVE' | 'REJECT_EDIT' | 'HIDE' | 'DELETE';

/**
 * Held posts and edits of published posts waiting for review, oldest first, with keyboard shortcuts:
 * j/k move, a approve, r reject an edit, h hide, d delete.
 */
export function ModerationQueue({ timeZone }: { timeZone?: string }) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(moderationQueueQuery, { pollInterval: POLL_MS });
  const posts = data?.moderationQueue ?? [];
  const shortcutsId = useId();
  const list = useKeyboardList(posts);
  const selected = list.selected;

  const actions = useModerationActions((post) => {
    list.decided(post.id);
    // Off the queue at once; the next post moves into the same place.
    client.cache.modify<{ moderationQueue: Reference[] }>({
      fields: {
        moderationQueue: (list, { readField }) => (list as Reference[]).filter((item) => readField('id', item) !== post.id),
      },
    });
  });

  const act = (decision: QueueDecision) => () => {
    if (!selected || actions.reasonRequest || actions.busyId !== null) return;
    if (decision === 'REJECT_EDIT' && !selected.pendingEdit) return;
    actions.decide(selected, decision);
  };
  useHotkeys([
    ['j', () => list.move(1)],
    ['k', () => list.move(-1)],
    ['a', act('APPROVE')],
    ['r', act('REJECT_EDIT')],
    ['h', act('HIDE')],
    ['d', act('DELETE')],
  ]);

  return (
    <Stack>
      <Text size="sm" id={shortcutsId}>
        Keyboard: <Kbd>j</Kbd> next, <Kbd>k</Kbd> previous, <Kbd>a</Kbd> approve, <Kbd>r</Kbd> reject an edit, <Kbd>h</Kbd> hide, <Kbd>d</Kbd> delete
        (the selected post is outlined).
      </Text>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading held posts" /> : null}
      {data && posts.length === 0 ? (
        <Text c="dimmed" role="status">
          Nothing waits for review. Held posts and edits waiting for review appear here, oldest first.
        </Text>
      ) : null}
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Held posts">
        {posts.map((post, i) => (
          <li key={post.id}>
            <QueueItem
              post={post}
              selected={post.id === selected?.id}
              busy={actions.busyId === post.id}
              timeZone={timeZone}
              shortcutsId={shortcutsId}
              register={list.register(post.id)}
              onSelect={() => list.select(i)}
              onDecide={(decision) => actions.decide(post, decision)}
            />
          </li>
        ))}
      </Stack>
      <ReasonModal request={actions.reasonRequest} onClose={actions.closeReason} />
    </Stack>
  );
}

interface QueueItemProps {
  post: ForumPostFieldsFragment;
  selected: boolean;
  busy: boolean;
  timeZone?: string;
  shortcutsId: string;
  register: (el: HTMLElement | null) => void;
  onSelect: () => void;
  onDecide: (decision: QueueDecision) => void;
}

function QueueItem({ post, selected, busy, timeZone, shortcutsId, register, onSelect, onDecide }: QueueItemProps) {
  const edit = post.pendingEdit;
  const label = edit ? `Edit waiting for review, by ${post.author.displayName}` : `Held post by ${post.author.displayName}`;
  return (
    <QueueItemCard label={label} selected={selected} shortcutsId={shortcutsId} register={register} onSelect={onSelect}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <AuthorCard author={post.author} />
          <Stack gap={2} align="flex-end">
            <Text size="xs" c="dimmed">
              <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, timeZone)}</time>
            </Text>
            <Anchor component={Link} to={`/board/t/${post.threadId}`} size="sm">
              {post.seq === 1 ? 'Open the new thread' : 'Open the thread'}
            </Anchor>
          </Stack>
        </Group>
        {edit ? (
          <>
            <PendingEditNotice edit={edit} viewer="moderator" />
            {edit.phiFindings.length > 0 ? <PhiMarkedText text={edit.bodyMd} findings={edit.phiFindings} label="The edit as written, with possible identifiers marked" /> : null}
            <Text size="sm" fw={600}>
              Published version
            </Text>
          </>
        ) : (
          <HeldNotice reason={post.heldReason} findings={post.phiFindings} viewer="moderator" />
        )}
        {!edit && post.phiFindings.length > 0 ? (
          <PhiMarkedText text={post.bodyMd} findings={post.phiFindings} label="The post as written, with possible identifiers marked" />
        ) : (
          // Sanitized by the server, like every post body.
          <Typography className={classes.body} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        )}
        <Group gap="xs">
          <Button color="teal" onClick={() => onDecide('APPROVE')} loading={busy} aria-keyshortcuts="a">
            {edit ? 'Approve edit' : 'Approve'}
          </Button>
          {edit ? (
            <Button variant="default" onClick={() => onDecide('REJECT_EDIT')} disabled={busy} aria-keyshortcuts="r">
              Reject edit…
            </Button>
          ) : null}
          <Button variant="default" onClick={() => onDecide('HIDE')} disabled={busy} aria-keyshortcuts="h">
            Hide…
          </Button>
          <Button variant="default" color="red" onClick={() => onDecide('DELETE')} disabled={busy} aria-keyshortcuts="d">
            Delete…
          </Button>
        </Group>
      </Stack>
    </QueueItemCard>
  );
}
