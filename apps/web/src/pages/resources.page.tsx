import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import type { ResourceKind } from '../gql/graphql';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { ResourceCard } from '../modules/resources/components/resource-card.component';
import { resourcesQuery } from '../modules/resources/graphql/resources.graphql';
import { KINDS } from '../modules/resources/resources-labels.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

const PAGE_SIZE = 20;

/** `/resources?q=…&kind=…&tag=…&page=…`: the library, searched and filtered; previews where the viewer has no access. */
export function ResourcesPage() {
  const { isStaff } = useViewer();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').slice(0, 200);
  const kind = (KINDS.find((k) => k.value === params.get('kind'))?.value ?? null) as ResourceKind | null;
  const tag = params.get('tag');
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const [draft, setDraft] = useState(q);
  const { data, loading, error } = useQuery(resourcesQuery, {
    variables: { filter: { query: q || null, kind, tag, first: PAGE_SIZE, offset: page * PAGE_SIZE } },
  });

  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft.trim() || null });
  };
  const total = data?.resources.total ?? 0;
  const nodes = data?.resources.nodes ?? [];

  return (
    <Page title="Resources" intro="Guidelines, templates, training materials, webinar recordings and articles. Everyone sees the catalogue; members read the rest.">
      {isStaff ? (
        <Group>
          <Button component={Link} to="/resources/new" variant="light">
            Add a resource
          </Button>
        </Group>
      ) : null}
      <form onSubmit={search} role="search" aria-label="Search resources">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput label="Search" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} maxLength={200} style={{ flex: '1 1 14rem' }} />
          <Button type="submit">Search</Button>
        </Group>
      </form>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NativeSelect
          label="Kind"
          value={kind ?? ''}
          onChange={(e) => update({ kind: e.currentTarget.value || null })}
          data={[{ value: '', label: 'All kinds' }, ...KINDS.map((k) => ({ value: k.value, label: k.label }))]}
          style={{ flex: '1 1 10rem' }}
        />
        <NativeSelect
          label="Tag"
          value={tag ?? ''}
          onChange={(e) => update({ tag: e.currentTarget.value || null })}
          data={[{ value: '', label: 'All tags' }, ...(data?.resourceTags ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` })), ...(tag && !(data?.resourceTags ?? []).some((t) => t.tag === tag) ? [{ value: tag, label: tag }] : [])]}
          style={{ flex: '1 1 10rem' }}
        />
      </Group>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading resources" /> : null}
      {data ? (
        <Text size="sm" c="dimmed" role="status">
          {total === 0 ? 'Nothing matches.' : `${total} ${total === 1 ? 'resource' : 'resources'}`}
        </Text>
      ) : null}
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Resources">
        {nodes.map((resource) => (
          <ResourceCard key={resource.id} resource={resource} />
        ))}
      </Stack>
      {total > PAGE_SIZE ? (
        <Group justify="space-between">
          {page > 0 ? (
            <Anchor component="button" type="button" onClick={() => update({ page: String(page - 1) })}>
              ← Previous
            </Anchor>
          ) : (
            <span />
          )}
          {(page + 1) * PAGE_SIZE < total ? (
            <Anchor component="button" type="button" onClick={() => update({ page: String(page + 1) })}>
              Next →
            </Anchor>
          ) : null}
        </Group>
      ) : null}
    </Page>
  );
}
