import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumSearchQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { formatDateTime } from '../../../ui/dates.util';
import { Loading } from '../../../ui/loading.component';
import { forumSearchQuery } from '../graphql/board-tools.graphql';
import { postPath } from '../search-snippet.util';
import { SearchSnippet } from './search-snippet.component';

const RESULTS = 30;

type Result = ForumSearchQuery['forumSearch'][number];

/** What the search API found for `query`: one entry per matching post, best first. */
export function BoardSearchResults({ query, timeZone }: { query: string; timeZone?: string }) {
  const { data, loading, error } = useQuery(forumSearchQuery, { variables: { query, first: RESULTS } });
  if (error) return <ErrorAlert title="Could not search">{toApiError(error).message}</ErrorAlert>;
  if (loading && !data) return <Loading label="Searching the board" />;
  const results = data?.forumSearch ?? [];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {results.length === 0
          ? `Nothing matches “${query}” in the categories open to you.`
          : `${results.length === 1 ? '1 post matches' : `${results.length} posts match`} “${query}”${results.length === RESULTS ? ' (the best matches)' : ''}.`}
      </Text>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Search results for ${query}`}>
        {results.map((result) => (
          <li key={result.postId}>
            <SearchResultCard result={result} timeZone={timeZone} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function SearchResultCard({ result, timeZone }: { result: Result; timeZone?: string }) {
  const { thread } = result;
  return (
    <Card withBorder padding="md" component="article" aria-label={thread.title}>
      <Stack gap={6}>
        <Anchor component={Link} to={postPath(thread.id, result.postId)} fw={600} fz="lg" style={{ overflowWrap: 'anywhere' }}>
          {thread.title}
        </Anchor>
        <SearchSnippet snippet={result.snippet} />
        <Text size="sm" c="dimmed">
          In{' '}
          <Anchor component={Link} to={`/board/${thread.category.slug}`} inherit>
            {thread.category.name}
          </Anchor>{' '}
          · last activity <time dateTime={thread.lastPostAt}>{formatDateTime(thread.lastPostAt, timeZone)}</time>
        </Text>
      </Stack>
    </Card>
  );
}
