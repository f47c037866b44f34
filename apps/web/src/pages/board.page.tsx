import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { BoardSearchForm } from '../modules/board/components/board-search-form.component';
import { CategoryCard, LockedBoardCard } from '../modules/board/components/category-card.component';
import { forumCategoriesQuery } from '../modules/board/graphql/board.graphql';
import { useCategoryActivity } from '../modules/board/hooks/use-category-activity.hook';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** The board's categories this viewer may read, and what premium membership would open. */
export function BoardPage() {
  const { viewer, isModerator, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(forumCategoriesQuery);
  // New activity anywhere on the board refreshes the unread counts.
  useCategoryActivity(null, true, () => void refetch().catch(() => undefined));
  const categories = data?.forumCategories ?? [];
  const premium = viewer?.membership.tier === 'PREMIUM' || isModerator;

  return (
    <Page title="Board" intro="Ask peers for frank feedback on professional questions. Threads update live for everyone reading them.">
      <BoardSearchForm />
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading the board" /> : null}
      {data ? (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Categories">
          {categories.map((category) => (
            <CategoryCard key={category.id} category={category} />
          ))}
          {!premium && !viewerLoading ? <LockedBoardCard signedIn={viewer !== null} /> : null}
        </Stack>
      ) : null}
      {data && categories.length === 0 && premium ? <Text c="dimmed">No categories yet.</Text> : null}
    </Page>
  );
}
