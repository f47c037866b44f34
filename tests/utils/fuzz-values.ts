import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
} from 'graphql';

/**
 * fast-check arbitraries built from GraphQL argument types: mostly well-typed values (so calls reach
 * the resolvers) mixing valid-looking and hostile content, plus a share of wrong types, unknown enum
 * values and missing or extra fields (so the GraphQL layer's refusals are covered too).
 */

/** Strings an attacker or a broken client sends. None contains the internal markers a leak check looks for. */
export const HOSTILE_STRINGS: string[] = [
  '',
  ' ',
  '\t\n\r',
  "' OR '1'='1",
  "'); DROP TABLE users; --",
  '1; select pg_sleep(0)--',
  '%',
  '_%_',
  '\\',
  '\\x00',
  '"',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  '\u0000',
  'a\u0000b',
  'line\u0007bell\u001b[31m',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  '\uD800',
  'Z\u0336\u0321\u0353',
  '🩺💉👩‍⚕️',
  '𝕳𝖊𝖑𝖑𝖔',
  'مرحبا',
  'robin@example.org\r\nBcc: all@example.org',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x7fffffff',
  '2147483648',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  // Markdown and HTML that nest deeply or never close (renderers, sanitisers and PHI scanners).
  '>'.repeat(5_000) + ' quote',
  '- '.repeat(2_000) + 'item',
  '['.repeat(5_000),
  '*_'.repeat(5_000),
  '`'.repeat(3_000),
  '<div>'.repeat(3_000),
  '![x](javascript:alert(1))',
  '[link](https://example.org "title\u0000")',
  '@'.repeat(2_000),
  'MRN 12345678 DOB 01/02/1980 SSN 123-45-6789',
  'A'.repeat(2_000),
  'é'.repeat(10_001),
  'x'.repeat(100_000),
];

const VALID_LOOKING_STRINGS = [
  'Hello',
  'Nurse educator',
  'Social media in clinical practice',
  'robin.nurse@example.org',
  'jane.doe@mayo.edu',
  'America/New_York',
  'Europe/Berlin',
  'https://example.org/page',
  'mayo.edu',
  'general',
  'MD, MPH',
  'A reasonable answer with a little more text in it.',
];

const DATES = [
  () => new Date(Date.now() + 86_400_000 * 7).toISOString(),
  () => new Date(Date.now() - 86_400_000 * 7).toISOString(),
  () => new Date().toISOString(),
  () => '2026-01-01',
  () => '+275760-09-13T00:00:00.000Z',
  () => '-200000-01-01T00:00:00.000Z',
  () => '0000-00-00T00:00:00Z',
  () => '2026-02-30T25:61:00Z',
  () => 'not a date',
  () => '',
  () => '1970-01-01T00:00:00.000Z',
  () => '9999-12-31T23:59:59.999Z',
];

const BAD_IDS = ['', 'not-a-uuid', '1', '0', '-1', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', "1' or '1'='1", '6f1c2b9e-4a57-4c1e-9d3b-2a0f8e7c5d4', `${'a'.repeat(36)}`];

export interface FuzzPools {
  /** Real ids from the database, other members' rows included. */
  ids: string[];
  /** Real ids by table name. */
  idsByTable?: Record<string, string[]>;
  /** Other real string values (slugs, tokens) worth guessing with. */
  strings: string[];
}

const wrongValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.string({ maxLength: 8 }),
    fc.constant({}),
    fc.constant([]),
    fc.constant({ nested: { deeper: [1, 2, { x: 'y' }] } }),
    fc.constant(Array.from({ length: 300 }, (_, i) => i)),
  );

function stringArb(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  const lower = name.toLowerCase();
  const shaped: fc.Arbitrary<string>[] = [];
  if (lower.includes('email')) shaped.push(fc.emailAddress(), fc.constantFrom('jane.doe@mayo.edu', 'sarah.chen@confer.test', 'nobody@', '@x', 'a@b'));
  if (lower.includes('url') || lower.includes('link') || lower.includes('website')) shaped.push(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'ftp://x', 'http://', 'https://127.0.0.1:1/'));
  if (lower.includes('zone')) shaped.push(fc.constantFrom('America/Chicago', 'UTC', 'Mars/Olympus', 'UTC+3', 'Etc/GMT+14'));
  if (lower.includes('password')) shaped.push(fc.constantFrom('velvet-harbor-quietly-73', 'password1234', 'short'));
  if (lower.includes('at') && (lower.endsWith('at') || lower.includes('date') || lower.includes('time'))) shaped.push(fc.constantFrom(...DATES.map((d) => d())));
  if (lower.includes('id') || lower.includes('slug') || lower.includes('token') || lower.includes('key') || lower.includes('cursor') || lower === 'after' || lower === 'before')
    shaped.push(fc.constantFrom(...idsFor(name, pools), ...pools.ids, ...pools.strings), fc.uuid(), fc.base64String({ maxLength: 80 }));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...VALID_LOOKING_STRINGS, ...pools.strings) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }) },
    ...shaped.map((arbitrary) => ({ weight: 3, arbitrary })),
  );
}

/** Real ids of the table an argument name points at: `ticketTypeId` → ticket_types, `postIds` → forum_posts. */
function idsFor(argName: string, pools: FuzzPools): string[] {
  const stem = argName.replace(/Ids?$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  if (!stem || stem === argName.toLowerCase()) return [];
  const tables = pools.idsByTable ?? {};
  for (const name of [`${stem}s`, `${stem}es`, `forum_${stem}s`, `event_${stem}s`, `course_${stem}s`, `${stem.replace(/y$/, 'ie')}s`]) if (tables[name]?.length) return tables[name];
  if (stem === 'user' || stem === 'expert' || stem === 'member') return tables.users ?? [];
  if (stem === 'entry') return tables.waitlist_entries ?? [];
  if (stem === 'domain') return tables.organization_domains ?? [];
  if (stem === 'grant') return [...(tables.premium_grants ?? []), ...(tables.course_access_grants ?? [])];
  return [];
}

function scalarArb(typeName: string, argName: string, pools: FuzzPools): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID': {
      const matching = idsFor(argName, pools);
      return fc.oneof(
        ...(matching.length ? [{ weight: 8, arbitrary: fc.constantFrom(...matching) }] : []),
        { weight: 5, arbitrary: fc.constantFrom(...pools.ids) },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: fc.constantFrom(...BAD_IDS, ...HOSTILE_STRINGS) },
        { weight: 1, arbitrary: fc.integer() },
      );
    }
    case 'String':
      return stringArb(argName, pools);
    case 'Int':
      return fc.oneof(
        fc.constantFrom(0, 1, -1, 2, 10, 100, 2147483647, -2147483648, 1_000_000),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer(),
      );
    case 'Float':
      return fc.oneof(fc.constantFrom(0, -0, 0.5, -1, 1e308, -1e308, 5e-324, 2 ** 53 + 1), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...DATES).map((d) => d()) }, { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) }, { weight: 1, arbitrary: fc.integer() });
    default:
      return fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constantFrom(...HOSTILE_STRINGS));
  }
}

const MISSING = Symbol('missing');

/** An arbitrary for one value of `type`; `MISSING` stands for "leave the field or variable out". */
export function valueArb(type: GraphQLInputType, name: string, pools: FuzzPools, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = valueArb(type.ofType, name, pools, depth);
    // Now and then a null or a missing value where one is required.
    return fc.oneof({ weight: 30, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(MISSING) });
  }
  const nullable = (arb: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.constant(MISSING) });
  if (isListType(type)) {
    const item = valueArb(type.ofType, name, pools, depth + 1).filter((v) => v !== MISSING);
    return nullable(
      fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: 50, maxLength: 120 }) },
        { weight: 1, arbitrary: item },
      ),
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return nullable(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', values[0].toLowerCase(), '', 7) }));
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return nullable(fc.constant({}));
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = valueArb(f.type, f.name, pools, depth + 1);
    const obj = fc.record(record).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== MISSING)));
    return nullable(
      fc.oneof(
        { weight: 12, arbitrary: obj },
        { weight: 1, arbitrary: obj.map((o) => ({ ...o, notAField: 'x' })) },
        { weight: 1, arbitrary: wrongValue() },
      ),
    );
  }
  if (isScalarType(type)) return nullable(fc.oneof({ weight: 15, arbitrary: scalarArb(type.name, name, pools) }, { weight: 1, arbitrary: wrongValue() }));
  return fc.constant(MISSING);
}

/** Variables for every argument of a field, missing ones left out. */
export function variablesArb(args: readonly GraphQLArgument[], pools: FuzzPools): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of args) record[a.name] = valueArb(a.type, a.name, pools);
  return fc.record(record).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== MISSING)));
}

/** The leaf fields (no required arguments) of a return type, so resolvers behind them run too. */
function selection(type: GraphQLOutputType): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

/** `mutation($a: T!, …) { field(a: $a, …) { leaves } }` for a root field. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const decl = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''} ${selection(field.type)} }`;
}
