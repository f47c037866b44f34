import type { Reference } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Kbd, Paper, Stack, Text, Typography } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { formatDateTime } from '../../../ui/dates.util';
import { Loading } from '../../../ui/loading.component';
import { moderationQueueQuery } from '../graphql/moderation.graphql';
import { useModerationActions } from '../hooks/use-moderation-actions.hook';
import { AuthorCard } from './author-card.component';
import classes from './board.module.css';
import { HeldNotice } from './held-notice.component';
import { PhiMarkedText } from './phi-report.component';
import { ReasonModal } from './reason-modal.component';

const POLL_MS = 30_000;

/** Held posts, oldest first, with keyboard shortcuts: j/k move, a approve, h hide, d delete. */
export function ModerationQueue({ timeZone }: { timeZone?: string }) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(moderationQueueQuery, { pollInterval: POLL_MS });
  const posts = data?.moderationQueue ?? [];
  const shortcutsId = useId();
  const [index, setIndex] = useState(0);
  const [moves, setMoves] = useState(0);
  const items = useRef(new Map<string, HTMLElement>());
  // Focus follows the selection after a move or a decision (not after a poll), skipping the post just decided.
  const pendingFocus = useRef<{ skip: string | null } | null>(null);
  const selected = posts[Math.min(index, posts.length - 1)] ?? null;

  const actions = useModerationActions((post) => {
    pendingFocus.current = { skip: post.id };
    // Off the queue at once; the next post moves into the same place.
    client.cache.modify<{ moderationQueue: Reference[] }>({
      fields: {
        moderationQueue: (list, { readField }) => (list as Reference[]).filter((item) => readField('id', item) !== post.id),
      },
    });
  });

  useEffect(() => {
    const want = pendingFocus.current;
    if (!want || !selected || selected.id === want.skip) return;
    pendingFocus.current = null;
    items.current.get(selected.id)?.focus();
  }, [selected, moves]);

  const move = (delta: number) => {
    if (posts.length === 0) return;
    pendingFocus.current = { skip: null };
    setIndex(Math.max(0, Math.min(posts.length - 1, Math.min(index, posts.length - 1) + delta)));
    setMoves((n) => n + 1);
  };
  const act = (decision: 'APPROVE' | 'HIDE' | 'DELETE') => () => {
    if (selected && !actions.reasonRequest && actions.busyId === null) actions.decide(selected, decision);
  };
  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['a', act('APPROVE')],
    ['h', act('HIDE')],
    ['d', act('DELETE')],
  ]);

  return (
    <Stack>
      <Text size="sm" id={shortcutsId}>
        Keyboard: <Kbd>j</Kbd> next, <Kbd>k</Kbd> previous, <Kbd>a</Kbd> approve, <Kbd>h</Kbd> hide, <Kbd>d</Kbd> delete
        (the selected post is outlined).
      </Text>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading held posts" /> : null}
      {data && posts.length === 0 ? (
        <Text c="dimmed" role="status">
          Nothing waits for review. Held posts appear here, oldest first.
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
              register={(el) => (el ? items.current.set(post.id, el) : items.current.delete(post.id))}
              onSelect={() => setIndex(i)}
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
  onDecide: (decision: 'APPROVE' | 'HIDE' | 'DELETE') => void;
}

function QueueItem({ post, selected, busy, timeZone, shortcutsId, register, onSelect, onDecide }: QueueItemProps) {
  const label = `Held post by ${post.author.displayName}`;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={shortcutsId}
      tabIndex={-1}
      ref={register}
      className={selected ? classes.selected : undefined}
      onFocus={onSelect}
      onClick={onSelect}
    >
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
        <HeldNotice reason={post.heldReason} findings={post.phiFindings} viewer="moderator" />
        {post.phiFindings.length > 0 ? (
          <PhiMarkedText text={post.bodyMd} findings={post.phiFindings} label="The post as written, with possible identifiers marked" />
        ) : (
          // Sanitized by the server, like every post body.
          <Typography className={classes.body} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        )}
        <Group gap="xs">
          <Button color="teal" onClick={() => onDecide('APPROVE')} loading={busy} aria-keyshortcuts="a">
            Approve
          </Button>
          <Button variant="default" onClick={() => onDecide('HIDE')} disabled={busy} aria-keyshortcuts="h">
            Hide…
          </Button>
          <Button variant="default" color="red" onClick={() => onDecide('DELETE')} disabled={busy} aria-keyshortcuts="d">
            Delete…
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
