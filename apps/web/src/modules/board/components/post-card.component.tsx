import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Menu, Paper, Stack, Text, Typography } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumPostFieldsFragment, RevealAnonymousAuthorMutation } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/dates.util';
import { statusLabel } from '../board-labels.util';
import { deleteForumPostMutation } from '../graphql/board.graphql';
import { revealAnonymousAuthorMutation } from '../graphql/moderation.graphql';
import { useMemberModeration } from '../hooks/use-member-moderation.hook';
import { useModerationActions } from '../hooks/use-moderation-actions.hook';
import { AnswerBadge, MarkAnswerButton } from './answer-button.component';
import { AuthorCard } from './author-card.component';
import classes from './board.module.css';
import { FlagPostButton } from './flag-post-button.component';
import { HeldNotice } from './held-notice.component';
import { PendingEditNotice } from './pending-edit-notice.component';
import { MemberMenuItems, MemberModerationDialogs } from './member-moderation.component';
import { PostEditForm } from './post-edit-form.component';
import { EditedMarker } from './post-history.component';
import { ReactionBar } from './reaction-bar.component';
import { ReasonModal, type ReasonRequest } from './reason-modal.component';

interface PostCardProps {
  post: ForumPostFieldsFragment;
  timeZone?: string;
  canReply: boolean;
  canReact: boolean;
  isModerator: boolean;
  onQuote: (post: ForumPostFieldsFragment) => void;
  /** The author deleted it (the first post takes its thread along). */
  onDeleted: (post: ForumPostFieldsFragment) => void;
  /** The thread's author chose this reply as the answer that helped. */
  isAnswer?: boolean;
  /** The viewer wrote the thread and may mark this reply "This helped". */
  canMarkAnswer?: boolean;
}

type Revealed = RevealAnonymousAuthorMutation['revealAnonymousAuthor'];

/** One post: author, status notices, the server-sanitized body, reactions and actions. */
export function PostCard({ post, timeZone, canReply, canReact, isModerator, onQuote, onDeleted, isAnswer = false, canMarkAnswer = false }: PostCardProps) {
  const [editing, setEditing] = useState(false);
  const visible = post.status === 'VISIBLE';
  const label = `Post ${post.seq} by ${post.author.displayName}`;
  const editable = post.status === 'VISIBLE' || post.status === 'HELD';
  // Your own post while you may still post here; moderators any post (saying why, for someone else's).
  const canEdit = editable && (isModerator || (post.author.isYou && canReply));
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={label}
      id={`post-${post.id}`}
      tabIndex={-1}
      className={isAnswer ? `${classes.post} ${classes.answer}` : classes.post}
    >
      <Stack gap="sm">
        {isAnswer ? <AnswerBadge /> : null}
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <AuthorCard author={post.author} />
          <Group gap={4} wrap="nowrap">
            <Text size="xs" c="dimmed">
              <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, timeZone)}</time>
            </Text>
            <EditedMarker post={post} label={label} isModerator={isModerator} timeZone={timeZone} />
          </Group>
        </Group>
        {post.status === 'HELD' ? (
          <HeldNotice reason={post.heldReason} findings={post.phiFindings} viewer={post.author.isYou ? 'author' : 'moderator'} />
        ) : null}
        {post.pendingEdit ? <PendingEditNotice edit={post.pendingEdit} viewer={post.author.isYou ? 'author' : 'moderator'} /> : null}
        {post.status === 'HIDDEN' || post.status === 'DELETED' ? (
          <Alert color="gray" variant="light" title={statusLabel(post.status) ?? undefined}>
            Members do not see this post; moderators can restore it.
          </Alert>
        ) : null}
        {editing ? (
          <PostEditForm post={post} label={label} onDone={() => setEditing(false)} />
        ) : post.bodyHtml ? (
          // bodyHtml is rendered from markdown and sanitized by the server (allow-listed tags only).
          <Typography className={classes.body} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        ) : (
          <Text c="dimmed" fs="italic">
            This post was deleted.
          </Text>
        )}
        <Group justify="space-between" gap="xs" wrap="wrap">
          {visible ? <ReactionBar post={post} canReact={canReact} /> : <span />}
          <Group gap={6}>
            {canMarkAnswer && visible && post.seq > 1 ? <MarkAnswerButton threadId={post.threadId} postId={post.id} chosen={isAnswer} label={label} /> : null}
            {canEdit && !editing ? (
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)} aria-label={`Edit ${label}`}>
                Edit
              </Button>
            ) : null}
            {visible && !post.author.isYou ? <FlagPostButton postId={post.id} label={label} /> : null}
            <PostActions post={post} canReply={canReply && visible} isModerator={isModerator} onQuote={onQuote} onDeleted={onDeleted} label={label} />
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

function PostActions({
  post,
  canReply,
  isModerator,
  onQuote,
  onDeleted,
  label,
}: Pick<PostCardProps, 'post' | 'canReply' | 'isModerator' | 'onQuote' | 'onDeleted'> & { label: string }) {
  const [deletePost, { loading: deleting }] = useMutation(deleteForumPostMutation);
  const own = post.author.isYou && (post.status === 'VISIBLE' || post.status === 'HELD');

  const onDelete = async () => {
    const what = post.seq === 1 ? 'Delete this post and its whole thread?' : 'Delete your post?';
    if (!window.confirm(what)) return;
    try {
      await deletePost({ variables: { postId: post.id } });
      notifications.show({ message: post.seq === 1 ? 'Thread deleted.' : 'Post deleted.' });
      onDeleted(post);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not delete', message: toApiError(error).message });
    }
  };

  return (
    <Group gap={6}>
      {canReply ? (
        <Button size="compact-sm" variant="subtle" onClick={() => onQuote(post)} aria-label={`Quote ${label}`}>
          Quote
        </Button>
      ) : null}
      {own ? (
        <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete} loading={deleting} aria-label={`Delete ${label}`}>
          Delete
        </Button>
      ) : null}
      {isModerator ? <ModeratorMenu post={post} label={label} /> : null}
    </Group>
  );
}

/** Moderators: approve, hide, delete, restore, and see who wrote an anonymous post (each logged). */
function ModeratorMenu({ post, label }: { post: ForumPostFieldsFragment; label: string }) {
  const [reveal] = useMutation(revealAnonymousAuthorMutation);
  const moderation = useModerationActions();
  const members = useMemberModeration();
  const author = post.author.userId && !post.author.isYou ? { userId: post.author.userId, displayName: post.author.displayName } : null;
  const [revealRequest, setRevealRequest] = useState<ReasonRequest | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);

  const askReveal = () =>
    setRevealRequest({
      title: 'See who wrote this anonymous post',
      description: 'Recorded in the moderation log, and the author is told by email.',
      confirmLabel: 'Reveal author',
      run: async (reason) => {
        const { data } = await reveal({ variables: { postId: post.id, reason } });
        if (data) setRevealed(data.revealAnonymousAuthor);
      },
    });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-sm" variant="default" loading={moderation.busyId === post.id} aria-label={`Moderate ${label}`}>
            Moderate
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {post.status === 'HELD' ? <Menu.Item onClick={() => moderation.decide(post, 'APPROVE')}>Approve</Menu.Item> : null}
          {post.status === 'VISIBLE' || post.status === 'HELD' ? <Menu.Item onClick={() => moderation.decide(post, 'HIDE')}>Hide…</Menu.Item> : null}
          {post.status !== 'DELETED' ? (
            <Menu.Item color="red" onClick={() => moderation.decide(post, 'DELETE')}>
              Delete…
            </Menu.Item>
          ) : null}
          {post.status === 'HIDDEN' || post.status === 'DELETED' ? (
            <Menu.Item onClick={() => moderation.decide(post, 'RESTORE')}>Restore…</Menu.Item>
          ) : null}
          {post.author.anonymous ? <Menu.Item onClick={askReveal}>Reveal author…</Menu.Item> : null}
          {author ? <MemberMenuItems member={author} moderation={members} /> : null}
        </Menu.Dropdown>
      </Menu>
      {revealed ? (
        <Alert color="blue" variant="light" title="Author of this anonymous post" withCloseButton closeButtonLabel="Close" onClose={() => setRevealed(null)} w="100%">
          {revealed.displayName} ({revealed.email}). Only you see this; it is recorded in the moderation log.
        </Alert>
      ) : null}
      <ReasonModal request={moderation.reasonRequest} onClose={moderation.closeReason} />
      <ReasonModal request={revealRequest} onClose={() => setRevealRequest(null)} />
      <MemberModerationDialogs moderation={members} />
    </>
  );
}
