import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Pagination, SimpleGrid, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import type { DirectoryOrganizationType, DirectoryPlatform, DirectorySort } from '../gql/graphql';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { DirectoryFilters, type GridState } from '../modules/directory/components/directory-filters.component';
import { ListingCard } from '../modules/directory/components/listing-card.component';
import { RemoveListingButton } from '../modules/directory/components/remove-listing-button.component';
import { directoryQuery } from '../modules/directory/graphql/directory.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

const PAGE_SIZE = 24;
const SORTS: DirectorySort[] = ['NAME', 'COUNTRY', 'RECENT'];

/** The grid's state lives in the address, so a filtered view can be shared, bookmarked and indexed. */
function readState(params: URLSearchParams): GridState {
  const sort = params.get('sort')?.toUpperCase() as DirectorySort | undefined;
  return {
    q: params.get('q') ?? '',
    countries: params.getAll('country'),
    types: params.getAll('type').map((t) => t.toUpperCase()),
    platforms: params.getAll('platform').map((p) => p.toUpperCase()),
    sort: sort && SORTS.includes(sort) ? sort : 'NAME',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

function writeState(s: GridState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  s.countries.forEach((c) => p.append('country', c));
  s.types.forEach((t) => p.append('type', t.toLowerCase()));
  s.platforms.forEach((x) => p.append('platform', x.toLowerCase()));
  if (s.sort !== 'NAME') p.set('sort', s.sort.toLowerCase());
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

export function DirectoryPage() {
  const [params, setParams] = useSearchParams();
  const state = readState(params);
  const { isStaff } = useViewer();
  const { data, previousData, loading, error, refetch } = useQuery(directoryQuery, {
    variables: {
      query: {
        filter: {
          search: state.q || null,
          countries: state.countries,
          types: state.types as DirectoryOrganizationType[],
          platforms: state.platforms as DirectoryPlatform[],
        },
        sort: state.sort,
        offset: (state.page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE,
      },
    },
  });
  const page = (data ?? previousData)?.directory;
  const onChange = (patch: Partial<GridState>) => setParams(writeState({ ...state, ...patch }));
  const pages = page ? Math.max(1, Math.ceil(page.totalCount / PAGE_SIZE)) : 1;

  return (
    <Page
      title="Health Care Social Media List"
      intro="Health-care organizations worldwide and their official social media accounts, submitted by the organizations and checked by our staff."
      size="xl"
    >
      <Group gap="sm">
        <Button component={Link} to="/directory/submit">
          Add your organization
        </Button>
        {isStaff ? (
          <Button component={Link} to="/directory/review" variant="default">
            Review queue
          </Button>
        ) : null}
      </Group>
      <DirectoryFilters state={state} facets={page?.facets ?? null} onChange={onChange} />
      {error ? <ErrorAlert title="Could not load the directory">{toApiError(error).message}</ErrorAlert> : null}
      {!page && loading ? <Loading /> : null}
      {page ? (
        <>
          <Group justify="space-between" gap="xs">
            <Text aria-live="polite">
              {page.totalCount === 1 ? '1 organization' : `${page.totalCount} organizations`}
              {state.q ? ` matching “${state.q}”` : ''}
            </Text>
            <Anchor href={page.exportPath} download>
              Download CSV ({page.totalCount === 1 ? "1 row" : `${page.totalCount} rows`})
            </Anchor>
          </Group>
          {page.nodes.length === 0 ? (
            <Text c="dimmed">No organization matches these filters.</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="section" aria-label="Organizations">
              {page.nodes.map((listing) => (
                <ListingCard key={listing.id} listing={listing} headingLevel={2}>
                  {isStaff ? <RemoveListingButton id={listing.id} name={listing.name} onRemoved={() => void refetch()} /> : null}
                </ListingCard>
              ))}
            </SimpleGrid>
          )}
          {pages > 1 ? (
            <Group justify="center">
              <Pagination total={pages} value={state.page} onChange={(p) => onChange({ page: p })} getControlProps={(control) => ({ 'aria-label': `${control} page` })} getItemProps={(p) => ({ 'aria-label': `Page ${p}` })} />
            </Group>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
