import { Button, Collapse, Group, MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import type { DirectoryFacetValue, DirectorySort } from '../../../gql/graphql';

export interface GridState {
  q: string;
  countries: string[];
  types: string[];
  platforms: string[];
  sort: DirectorySort;
  page: number;
}

interface DirectoryFiltersProps {
  state: GridState;
  facets: { countries: readonly DirectoryFacetValue[]; types: readonly DirectoryFacetValue[]; platforms: readonly DirectoryFacetValue[] } | null;
  onChange: (patch: Partial<GridState>) => void;
}

const SORTS: { value: DirectorySort; label: string }[] = [
  { value: 'NAME', label: 'Name (A–Z)' },
  { value: 'COUNTRY', label: 'Country' },
  { value: 'RECENT', label: 'Recently updated' },
];

/** Each option shows how many listings it would match under the other filters. Values are the API's (facet values are lower case for types and platforms). */
function options(values: readonly DirectoryFacetValue[] | undefined, selected: string[], toValue: (v: string) => string) {
  const data = (values ?? []).map((f) => ({ value: toValue(f.value), label: `${f.label} (${f.count})` }));
  // A chosen value with no matches left still needs an option, or the chip would vanish.
  for (const v of selected) if (!data.some((d) => d.value === v)) data.push({ value: v, label: `${v} (0)` });
  return data;
}

export function DirectoryFilters({ state, facets, onChange }: DirectoryFiltersProps) {
  const [q, setQ] = useState(state.q);
  const [shown, setShown] = useState(state.q);
  if (shown !== state.q) {
    setShown(state.q);
    setQ(state.q);
  }
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim(), page: 1 });
  };
  const upper = (v: string) => v.toUpperCase();
  // On a phone the four pickers fold away behind one button, so results start on the first screen.
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  const [open, setOpen] = useState(false);
  const active = state.countries.length + state.types.length + state.platforms.length;
  return (
    <>
      <form role="search" aria-label="Search the directory" onSubmit={onSearch} noValidate>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label="Search"
            placeholder="Organization, city, region or website"
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button type="submit" variant="default">
            Search
          </Button>
        </Group>
      </form>
      {narrow ? (
        <Group>
          <Button variant="default" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls="directory-filters">
            {open ? 'Hide filters' : `Filters and sort${active ? ` (${active})` : ''}`}
          </Button>
        </Group>
      ) : null}
      <Collapse expanded={!narrow || open} id="directory-filters">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <MultiSelect
          label="Country"
          searchable
          clearable
          data={options(facets?.countries, state.countries, (v) => v)}
          value={state.countries}
          onChange={(countries) => onChange({ countries, page: 1 })}
          nothingFoundMessage="No listings from that country"
        />
        <MultiSelect label="Type" clearable data={options(facets?.types, state.types, upper)} value={state.types} onChange={(types) => onChange({ types, page: 1 })} />
        <MultiSelect label="Platform" clearable data={options(facets?.platforms, state.platforms, upper)} value={state.platforms} onChange={(platforms) => onChange({ platforms, page: 1 })} />
        <Select label="Sort by" data={SORTS} value={state.sort} allowDeselect={false} onChange={(sort) => onChange({ sort: (sort as DirectorySort) ?? 'NAME', page: 1 })} />
      </SimpleGrid>
      </Collapse>
    </>
  );
}
