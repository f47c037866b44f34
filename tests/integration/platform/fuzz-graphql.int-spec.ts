import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, buildSchema, getIntrospectionQuery, GraphQLField, GraphQLSchema } from 'graphql';
import { FUZZ_ROLES, FuzzRole, FuzzWorld, startFuzzWorld } from '../../utils/fuzz-world';
import { FuzzPools, HOSTILE_STRINGS, operationFor, variablesArb } from '../../utils/fuzz-values';

/**
 * Property-based fuzzing of the whole GraphQL API: every mutation and every query that takes
 * arguments, called by a visitor, a guest, a member and staff with random and hostile arguments.
 * Properties: no 5xx, every error carries a known code (never INTERNAL_SERVER_ERROR), no internals in
 * any error, and a failed mutation leaves every table as it was.
 *
 * FUZZ_RUNS (runs per field, default 5) and FUZZ_SEED make longer or repeatable runs; a failure prints
 * the seed and path fast-check needs to replay it.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
const CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);
// Internals that must never reach a caller. The hostile inputs are chosen to contain none of these.
const LEAK =
  /QueryFailedError|driverError|node_modules|\/work\/|\/src\/|\.[jt]s:\d+|\bat [\w.<>]+ \(|duplicate key|violates|invalid input syntax|invalid byte sequence|syntax error at or near|relation "|out of range for type|Cannot read propert|is not a function|TypeError|RangeError|ReferenceError|ECONN|Internal server error|Something went wrong/i;

const schemaFromFile: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../../schema.gql'), 'utf8'));
const mutations = Object.values(schemaFromFile.getMutationType()!.getFields());
const queries = Object.values(schemaFromFile.getQueryType()!.getFields()).filter((f) => f.args.length > 0);
const TARGETS: { kind: 'query' | 'mutation'; name: string }[] = [
  ...mutations.map((f) => ({ kind: 'mutation' as const, name: f.name })),
  ...queries.map((f) => ({ kind: 'query' as const, name: f.name })),
];

function seedOf(name: string): number {
  if (process.env.FUZZ_SEED) return Number(process.env.FUZZ_SEED);
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h | 0;
}

describe('fuzzing every GraphQL operation', () => {
  let w: FuzzWorld;
  let live: GraphQLSchema;
  let pools: FuzzPools;
  /** Fields where at least one call got past GraphQL validation into a resolver. */
  const reached = new Set<string>();

  // Boot plus demo data: a generous limit, as the machine may be busy with other builds.
  beforeAll(async () => {
    w = await startFuzzWorld();
    const intro = await w.clients.staff.gql(getIntrospectionQuery());
    live = buildClientSchema(intro.data);
    const strings: string[] = [];
    for (const sql of [
      `select slug as v from forum_categories`,
      `select slug as v from events limit 5`,
      `select token as v from calendar_feeds limit 3`,
    ]) {
      strings.push(...(await w.pool.query(sql).catch(() => ({ rows: [] as { v: string }[] }))).rows.map((r) => String(r.v)));
    }
    pools = { ids: w.realIds, idsByTable: w.idsByTable, strings };
  }, 180_000);

  afterAll(async () => {
    await w?.close();
  });

  it('fuzzes what the running app serves (schema.gql is not stale)', () => {
    expect(Object.keys(live.getMutationType()!.getFields()).sort()).toEqual(mutations.map((f) => f.name).sort());
    expect(Object.keys(live.getQueryType()!.getFields()).sort()).toEqual(Object.keys(schemaFromFile.getQueryType()!.getFields()).sort());
    expect(pools.ids.length).toBeGreaterThan(50);
  });

  it.each(TARGETS)('$kind $name', async ({ kind, name }) => {
    const root = kind === 'mutation' ? live.getMutationType()! : live.getQueryType()!;
    const field = root.getFields()[name] as GraphQLField<unknown, unknown>;
    const query = operationFor(kind, field);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<FuzzRole>(...FUZZ_ROLES), variablesArb(field.args, pools), async (role, variables) => {
        const before = kind === 'mutation' ? await w.fingerprint() : null;
        const res = await w.clients[role].agent
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('apollo-require-preflight', 'true')
          .send({ query, variables });
        const body = res.body as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
        const context = `${role} ${name} → ${res.status} ${res.text.slice(0, 600)}`;
        if (res.status >= 500) throw new Error(`5xx: ${context}`);
        const errors = body.errors ?? [];
        for (const e of errors) {
          if (!CODES.has(String(e.extensions?.code))) throw new Error(`error without a known code: ${context}`);
          if (LEAK.test(e.message) || LEAK.test(JSON.stringify(e.extensions))) throw new Error(`internal detail in an error: ${context}`);
        }
        if (res.status !== 200 && errors.length === 0) throw new Error(`refusal without a coded error: ${context}`);
        if (body.data || errors.some((e) => 'path' in e)) reached.add(name);
        if (kind !== 'mutation') return;
        if (errors.length > 0 && body.data?.[name] == null) {
          const after = await w.fingerprint();
          const changed = Object.keys(after).filter((k) => after[k] !== before![k]);
          if (changed.length > 0) throw new Error(`failed mutation changed ${changed.join(', ')}: ${context}`);
        } else {
          await w.heal();
        }
      }),
      { numRuns: RUNS, seed: seedOf(name), endOnFailure: !process.env.FUZZ_SHRINK },
    );
  });

  it('got past GraphQL validation into the resolvers of most operations (the arguments are not all refused up front)', () => {
    expect(reached.size).toBeGreaterThan(TARGETS.length * 0.75);
  });

  /** The few plain HTTP routes beside /graphql (feeds, exports, downloads, unsubscribe links). */
  const ROUTES: { method: 'get' | 'post'; path: (p: string) => string }[] = [
    { method: 'get', path: (p) => `/ics/feed/${p}.ics` },
    { method: 'get', path: (p) => `/ics/feed/${p}` },
    { method: 'get', path: (p) => `/ics/item/${p}.ics` },
    { method: 'get', path: (p) => `/ics/public.ics?kind=${p}&event=${p}` },
    { method: 'get', path: (p) => `/events-export/${p}/registrations.csv?status=${p}` },
    { method: 'get', path: (p) => `/events-export/${p}/orders.csv` },
    { method: 'get', path: (p) => `/directory/export.csv?q=${p}&country=${p}&type=${p}&platform=${p}` },
    { method: 'get', path: (p) => `/downloads/certificates/${p}` },
    { method: 'get', path: (p) => `/downloads/certificates/${p}.pdf` },
    { method: 'get', path: (p) => `/notifications/unsubscribe?token=${p}` },
    { method: 'post', path: (p) => `/notifications/unsubscribe?token=${p}&token=${p}` },
    { method: 'get', path: (p) => `/graphql?query=${p}&variables=${p}` },
  ];

  // Lone surrogates cannot be percent-encoded; send the replacement character instead.
  const encode = (x: string) => encodeURIComponent(x.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

  it.each(ROUTES.map((r, i) => ({ ...r, name: r.path('…'), i })))('HTTP $method $name', async ({ method, path, name }) => {
    const segment = fc.oneof(
      fc.constantFrom(...pools.ids),
      fc.uuid(),
      fc.constantFrom(...HOSTILE_STRINGS.filter((x) => x.length < 3000)).map(encode),
      fc.string({ unit: 'binary', maxLength: 30 }).map(encode),
      fc.constantFrom('%', '%zz', '%00', '..%2F..%2Fetc%2Fpasswd', '%ff%fe', 'a'.repeat(5000), '.', '..'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<FuzzRole>(...FUZZ_ROLES), segment, async (role, p) => {
        const res = await w.clients[role].agent[method](path(p)).set('apollo-require-preflight', 'true');
        const context = `${role} ${method} ${path(p).slice(0, 200)} → ${res.status} ${res.text.slice(0, 300)}`;
        if (res.status >= 500) throw new Error(`5xx: ${context}`);
        if (LEAK.test(res.text.slice(0, 20_000)) && !/^text\/(calendar|csv)/.test(String(res.headers['content-type']))) throw new Error(`internal detail: ${context}`);
      }),
      { numRuns: RUNS * 2, seed: seedOf(name), endOnFailure: !process.env.FUZZ_SHRINK },
    );
  });

  describe('defects fuzzing found, pinned', () => {
    it('a date the DateTime scalar cannot parse, or one before 4713 BC, is refused as input and writes nothing', async () => {
      const target = (await w.pool.query(`select id from users where email = 'guest@confer.test'`)).rows[0].id;
      for (const until of ['0000-00-00T00:00:00Z', 'not a date', '-200000-01-01T00:00:00.000Z']) {
        const before = await w.fingerprint();
        const res = await w.clients.staff.gql(`mutation($u: ID!, $until: DateTime) { suspendForumMember(userId: $u, until: $until, reason: "fuzz") { ok } }`, { u: target, until });
        expect({ until, ext: res.errors?.[0].extensions }).toEqual({ until, ext: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' }) });
        expect(await w.fingerprint()).toEqual(before);
      }
    });

    it('more than 50 bad variables get BAD_USER_INPUT, not a masked internal error', async () => {
      const res = await w.clients.member.gql(`query($s: [FellowshipPlanStatus!]) { fellowshipReviewQueue(statuses: $s) { id } }`, {
        s: Array.from({ length: 80 }, (_, i) => `NOT_A_STATUS_${i}`),
      });
      expect(res.status).toBe(400);
      expect(res.errors!.map((e) => e.extensions?.code)).toEqual(res.errors!.map(() => 'BAD_USER_INPUT'));
      expect(res.errors!.some((e) => /Too many errors/.test(e.message))).toBe(true);
    });

    it.each(['/ics/feed/a%00b.ics', '/ics/item/a%00b.ics', '/downloads/certificates/a%00b', '/notifications/unsubscribe?token=a%00b', '/directory/export.csv?q=%00'])(
      'HTTP %s (a NUL byte) is a coded 400, not a 500',
      async (path) => {
        const res = await w.clients.member.agent.get(path);
        expect(res.status).toBe(400);
        expect(res.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
      },
    );
  });
});
