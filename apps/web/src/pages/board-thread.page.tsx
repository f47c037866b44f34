import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import type { ForumPostFieldsFragment, ForumThreadQuery } from '../gql/graphql';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { ThreadAnswerLink } from '../modules/board/components/answer-button.component';
import { BoardUnavailable } from '../modules/board/components/board-unavailable.component';
import { Composer, type ComposerValues, type QuoteRequest } from '../modules/board/components/composer.component';
import { MoveThreadButton } from '../modules/board/components/move-thread-button.component';
import { NewPostsDivider } from '../modules/board/components/new-posts-divider.component';
import { PostCard } from '../modules/board/components/post-card.component';
import { PostingHint } from '../modules/board/components/posting-hint.component';
import { ThreadFlags } from '../modules/board/components/thread-list-item.component';
import { createForumPostMutation, forumThreadQuery } from '../modules/board/graphql/board.graphql';
import { setForumThreadFlagsMutation } from '../modules/board/graphql/moderation.graphql';
import { useFirstNewPost } from '../modules/board/hooks/use-first-new-post.hook';
import { usePostAnchor } from '../modules/board/hooks/use-post-anchor.hook';
import { useThreadLive, type ThreadLive } from '../modules/board/hooks/use-thread-live.hook';
import { ThreadReadMarker } from '../modules/notifications/components/thread-read-marker.component';
import { WatchLevelSelect } from '../modules/notifications/components/watch-level-select.component';
import { appendToThread, removePost } from '../modules/board/live-post.util';
import { LoadMoreButton } from '../ui/load-more-button.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

type Thread = ForumThreadQuery['forumThread'];

/** A thread: its posts, live as others write, and the reply composer. */
export function BoardThreadPage() {
  const { threadId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore, refetch } = useQuery(forumThreadQuery, { variables: { id: threadId } });
  const thread = data?.forumThread;
  const live = useThreadLive(threadId, viewer?.id ?? null, Boolean(thread), () => void refetch().catch(() => undefined));

  if (live.accessLost) {
    return (
      <BoardUnavailable heading="This thread is no longer available">
        You can no longer read this thread: it was removed or hidden by a moderator, or your access to it ended.
      </BoardUnavailable>
    );
  }
  if (loading && !thread) return <Loading label="Loading the thread" />;
  if (!thread) {
    return (
      <BoardUnavailable heading="Thread not available">
        {error ? toApiError(error).message : 'This thread does not exist, or it is not open to you.'}
      </BoardUnavailable>
    );
  }
  return (
    <ThreadContent
      thread={thread}
      live={live}
      loadMore={(after) => fetchMore({ variables: { after } })}
    />
  );
}

interface ThreadContentProps {
  thread: Thread;
  live: ThreadLive;
  loadMore: (after: string) => Promise<unknown>;
}

function ThreadContent({ thread, live, loadMore }: ThreadContentProps) {
  const { viewer, isModerator } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [createPost] = useMutation(createForumPostMutation);
  const [quote, setQuote] = useState<QuoteRequest | null>(null);
  const { category } = thread;
  const posts = [...thread.posts.nodes].sort((a, b) => a.seq - b.seq);
  const nextCursor = thread.posts.nextCursor;
  const canReply = category.canPost && (!thread.locked || isModerator);
  const firstNewId = useFirstNewPost(thread.id, thread.lastReadSeq, posts);
  usePostAnchor(posts.length > 0);

  const reply = async (values: ComposerValues) => {
    const { data } = await createPost({
      variables: {
        input: { threadId: thread.id, body: values.body, anonymous: values.anonymous, confirmPhi: values.confirmPhi, quotedPostId: quote?.postId ?? null },
      },
      // Your own post (also a held one, which the room never sends) joins the list at once.
      update: (cache, { data: result }) => {
        if (result) appendToThread(cache, thread.id, result.createForumPost.post.id);
      },
    });
    setQuote(null);
    if (!data) return null;
    return { held: data.createForumPost.held, heldReason: data.createForumPost.post.heldReason };
  };

  const onQuote = (post: ForumPostFieldsFragment) =>
    setQuote({ key: Date.now(), postId: post.id, authorName: post.author.displayName, markdown: post.bodyMd });

  const onDeleted = (post: ForumPostFieldsFragment) => {
    if (post.seq === 1) navigate(`/board/${category.slug}`);
    else removePost(client.cache, thread.id, post.id);
  };

  return (
    <Page title={thread.title}>
      <Stack gap="xs">
        <Group gap="sm">
          <Anchor component={Link} to={`/board/${category.slug}`}>
            ← {category.name}
          </Anchor>
        </Group>
        <ThreadFlags thread={thread} />
        <ThreadAnswerLink answerPostId={thread.answerPostId} posts={posts} />
        <LiveStatus live={live} />
        {isModerator ? <ThreadModeratorTools thread={thread} /> : null}
        {viewer ? <WatchLevelSelect threadId={thread.id} /> : null}
      </Stack>
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Posts">
        {posts.map((post) => (
          <li key={post.id}>
            {post.id === firstNewId ? <NewPostsDivider /> : null}
            <PostCard
              post={post}
              isAnswer={post.id === thread.answerPostId}
              canMarkAnswer={thread.author.isYou}
              timeZone={viewer?.timeZone}
              canReply={canReply}
              canReact={category.canPost}
              isModerator={isModerator}
              onQuote={onQuote}
              onDeleted={onDeleted}
            />
          </li>
        ))}
      </Stack>
      {nextCursor ? <LoadMoreButton label="Load more posts" onLoad={() => loadMore(nextCursor)} /> : null}
      {viewer && !nextCursor && posts.length > 0 ? <ThreadReadMarker threadId={thread.id} lastSeq={posts[posts.length - 1].seq} /> : null}
      <section aria-labelledby="reply-heading">
        <Title order={2} size="h3" id="reply-heading" mb="sm">
          Reply
        </Title>
        {thread.locked && !isModerator ? (
          <Alert color="gray" variant="light">
            This thread is locked: no new replies.
          </Alert>
        ) : canReply ? (
          <Paper withBorder p="md">
            <Composer
              formLabel="Reply to this thread"
              submitLabel="Post reply"
              draftScope={`thread:${thread.id}`}
              allowAnonymous={category.allowAnonymous}
              onSubmit={reply}
              onTyping={live.notifyTyping}
              postedMessage="Your reply is posted."
              quote={quote}
              onQuoteRemoved={() => setQuote(null)}
            />
          </Paper>
        ) : (
          <PostingHint signedIn={viewer !== null} emailVerified={viewer?.emailVerified ?? false} action="reply" audience={category.audience} />
        )}
      </section>
    </Page>
  );
}

/** How many are reading, and whether someone is writing a reply (never who: posts may be anonymous). */
function LiveStatus({ live }: { live: ThreadLive }) {
  return (
    <Group gap="md" wrap="wrap">
      {live.readers !== null ? (
        <Text size="sm" c="dimmed">
          {live.readers} reading
        </Text>
      ) : null}
      <Text size="sm" c="dimmed" fs="italic" role="status">
        {live.someoneTyping ? 'Someone is typing…' : ''}
      </Text>
    </Group>
  );
}

function ThreadModeratorTools({ thread }: { thread: Thread }) {
  const [setFlags, { loading }] = useMutation(setForumThreadFlagsMutation);
  const toggle = async (flag: 'pinned' | 'locked') => {
    const value = !thread[flag];
    try {
      await setFlags({
        variables: { threadId: thread.id, [flag]: value },
        update: (cache) =>
          cache.modify({ id: cache.identify({ __typename: 'ForumThread', id: thread.id }), fields: { [flag]: () => value } }),
      });
      notifications.show({ message: `Thread ${value ? '' : 'un'}${flag === 'pinned' ? 'pinned' : 'locked'}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the thread', message: toApiError(error).message });
    }
  };
  return (
    <Group gap="xs" role="group" aria-label="Moderator tools for this thread">
      <Button size="compact-sm" variant="default" onClick={() => toggle('pinned')} disabled={loading}>
        {thread.pinned ? 'Unpin' : 'Pin'}
      </Button>
      <Button size="compact-sm" variant="default" onClick={() => toggle('locked')} disabled={loading}>
        {thread.locked ? 'Unlock' : 'Lock'}
      </Button>
      <MoveThreadButton threadId={thread.id} categoryId={thread.categoryId} />
    </Group>
  );
}
