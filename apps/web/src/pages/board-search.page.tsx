import { Anchor, Group, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { BoardSearchForm } from '../modules/board/components/board-search-form.component';
import { BoardSearchResults } from '../modules/board/components/board-search-results.component';
import { Page } from '../ui/page.component';

/** `/board/search?q=…`: posts matching the words, in the categories the viewer may read. */
export function BoardSearchPage() {
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const query = (params.get('q') ?? '').trim().slice(0, 200);
  return (
    <Page title={query ? `Search: ${query}` : 'Search the board'}>
      <Group gap="sm">
        <Anchor component={Link} to="/board">
          ← All categories
        </Anchor>
      </Group>
      <BoardSearchForm initialQuery={query} />
      {query.length >= 2 ? (
        <BoardSearchResults query={query} timeZone={viewer?.timeZone} />
      ) : (
        <Text c="dimmed">Search thread titles and posts: type at least two characters.</Text>
      )}
    </Page>
  );
}
