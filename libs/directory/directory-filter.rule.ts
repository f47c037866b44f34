import { isKnownCountry } from './countries.rule';
import { isOrganizationType, type OrganizationType } from './organization-types.data';
import { isPlatform, type Platform } from './platforms.data';
import { prefixTsQuery } from './search-query.rule';

export const DIRECTORY_SORTS = ['name', 'country', 'recent'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export interface DirectoryFilter {
  countries: string[];
  types: OrganizationType[];
  platforms: Platform[];
  /** Prefix tsquery built from the search text, or null. */
  tsQuery: string | null;
  search: string | null;
}

export interface RawDirectoryFilter {
  countries?: readonly string[] | null;
  types?: readonly string[] | null;
  platforms?: readonly string[] | null;
  search?: string | null;
}

export const MAX_SEARCH_LENGTH = 200;
const MAX_VALUES = 50;

export type FilterVerdict =
  | { ok: true; filter: DirectoryFilter }
  | { ok: false; problem: 'UNKNOWN_COUNTRY' | 'UNKNOWN_TYPE' | 'UNKNOWN_PLATFORM' | 'TEXT_TOO_LONG'; field: string };

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/**
 * Checks a grid filter (from GraphQL or the CSV link's query string): known values only, so the grid
 * and the export can never disagree about what a filter means. Within a facet values are OR-ed;
 * facets are AND-ed.
 */
export function parseDirectoryFilter(raw: RawDirectoryFilter): FilterVerdict {
  const countries = unique((raw.countries ?? []).map((c) => c.trim().toUpperCase()));
  const types = unique(raw.types ?? []);
  const platforms = unique(raw.platforms ?? []);
  if (countries.length > MAX_VALUES || !countries.every(isKnownCountry)) return { ok: false, problem: 'UNKNOWN_COUNTRY', field: 'countries' };
  if (types.length > MAX_VALUES || !types.every(isOrganizationType)) return { ok: false, problem: 'UNKNOWN_TYPE', field: 'types' };
  if (platforms.length > MAX_VALUES || !platforms.every(isPlatform)) return { ok: false, problem: 'UNKNOWN_PLATFORM', field: 'platforms' };
  const search = (raw.search ?? '').trim();
  if (search.length > MAX_SEARCH_LENGTH) return { ok: false, problem: 'TEXT_TOO_LONG', field: 'search' };
  return { ok: true, filter: { countries, types: types as OrganizationType[], platforms: platforms as Platform[], search: search || null, tsQuery: prefixTsQuery(search) } };
}

export function isDirectorySort(value: unknown): value is DirectorySort {
  return typeof value === 'string' && (DIRECTORY_SORTS as readonly string[]).includes(value);
}

/** The CSV export link's query string for a grid filter (repeated keys for several values). */
export function directoryQueryString(raw: RawDirectoryFilter, sort: DirectorySort): string {
  const params = new URLSearchParams();
  for (const c of raw.countries ?? []) params.append('country', c);
  for (const t of raw.types ?? []) params.append('type', t);
  for (const p of raw.platforms ?? []) params.append('platform', p);
  if (raw.search?.trim()) params.set('q', raw.search.trim());
  params.set('sort', sort);
  return params.toString();
}

/** The inverse of directoryQueryString, for the export endpoint. */
export function rawFilterFromQuery(query: Record<string, unknown>): { filter: RawDirectoryFilter; sort: unknown } {
  const list = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String);
  const q = query.q;
  return {
    filter: { countries: list(query.country), types: list(query.type), platforms: list(query.platform), search: typeof q === 'string' ? q : Array.isArray(q) ? String(q[0]) : null },
    sort: query.sort ?? 'name',
  };
}
