import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { AudienceBadge } from '../modules/board/components/audience-badge.component';
import { BoardUnavailable } from '../modules/board/components/board-unavailable.component';
import { Composer, type ComposerValues } from '../modules/board/components/composer.component';
import { PostingHint } from '../modules/board/components/posting-hint.component';
import { ThreadListItem } from '../modules/board/components/thread-list-item.component';
import { createForumThreadMutation, forumCategoryQuery } from '../modules/board/graphql/board.graphql';
import { useCategoryActivity } from '../modules/board/hooks/use-category-activity.hook';
import { WatchLevelSelect } from '../modules/notifications/components/watch-level-select.component';
import { ErrorAlert } from '../ui/error-alert.component';
import { LoadMoreButton } from '../ui/load-more-button.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

const PAGE_SIZE = 25;

/** A category's threads (pinned first, then by last activity), and starting a new one. */
export function BoardCategoryPage() {
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const formId = useId();
  const [composing, setComposing] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(forumCategoryQuery, { variables: { slug, first: PAGE_SIZE } });
  const [createThread] = useMutation(createForumThreadMutation);
  // A thread moved in this category: reload the list (as many threads as are shown).
  const shown = data?.forumCategory.threads.nodes.length ?? 0;
  useCategoryActivity(data?.forumCategory.id ?? null, Boolean(data?.forumCategory), () =>
    void refetch({ first: Math.max(PAGE_SIZE, shown) }).catch(() => undefined),
  );

  if (loading && !data) return <Loading label="Loading threads" />;
  const category = data?.forumCategory;
  if (!category) {
    return (
      <BoardUnavailable heading="Category not available">
        {error ? toApiError(error).message : 'This category does not exist, or it is not open to you.'}
      </BoardUnavailable>
    );
  }

  const { nodes: threads, nextCursor } = category.threads;

  const start = async (values: ComposerValues) => {
    const { data: result } = await createThread({
      variables: { input: { categoryId: category.id, title: values.title, body: values.body, anonymous: values.anonymous, confirmPhi: values.confirmPhi } },
    });
    if (!result) return null;
    // The thread page shows the post, and why it waits when it is held.
    navigate(`/board/t/${result.createForumThread.thread.id}`);
    return null;
  };

  return (
    <Page title={category.name}>
      <Group gap="sm">
        <Anchor component={Link} to="/board">
          ← All categories
        </Anchor>
        <AudienceBadge audience={category.audience} />
      </Group>
      {category.description ? <Text>{category.description}</Text> : null}
      {viewer ? <WatchLevelSelect categoryId={category.id} /> : null}
      {category.canPost ? (
        <Stack gap="sm">
          <Group>
            <Button onClick={() => setComposing((open) => !open)} aria-expanded={composing} aria-controls={formId} variant={composing ? 'default' : 'filled'}>
              {composing ? 'Close new thread' : 'New thread'}
            </Button>
          </Group>
          {composing ? (
            <Paper withBorder p="md" id={formId}>
              <Composer
                formLabel={`Start a new thread in ${category.name}`}
                submitLabel="Start thread"
                draftScope={`category:${category.id}`}
                withTitle
                allowAnonymous={category.allowAnonymous}
                onSubmit={start}
              />
            </Paper>
          ) : null}
        </Stack>
      ) : (
        <PostingHint signedIn={viewer !== null} emailVerified={viewer?.emailVerified ?? false} action="start threads" audience={category.audience} />
      )}
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {threads.length === 0 ? <Text c="dimmed">No threads yet.</Text> : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Threads">
        {threads.map((thread) => (
          <li key={thread.id}>
            <ThreadListItem thread={thread} timeZone={viewer?.timeZone} />
          </li>
        ))}
      </Stack>
      {nextCursor ? <LoadMoreButton label="Load more threads" onLoad={() => fetchMore({ variables: { after: nextCursor } })} /> : null}
    </Page>
  );
}
