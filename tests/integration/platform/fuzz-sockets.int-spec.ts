import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { GOOD_PASSWORD } from '../../utils/test-app';
import { FuzzWorld, startFuzzWorld } from '../../utils/fuzz-world';
import { HOSTILE_STRINGS } from '../../utils/fuzz-values';

/**
 * Property-based fuzzing of every socket.io event the gateways handle, by a visitor and a member:
 * random and hostile payloads get an acknowledgement that is either a success or a coded refusal
 * (never INTERNAL_SERVER_ERROR, never the framework's "Internal server error" exception event), or
 * are ignored; the socket and everyone else's stay connected; a normal join still works afterwards.
 *
 * FUZZ_RUNS (default 6, multiplied per event) and FUZZ_SEED as in the GraphQL fuzzer.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 6) * 4;
const CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS']);

/** Every event name a gateway subscribes to, read from the source so a new one is fuzzed without editing this file. */
function subscribedEvents(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/@SubscribeMessage\('([^']+)'\)/g)) names.add(m[1]);
    }
  };
  walk(join(__dirname, '../../../apps/api/src'));
  return [...names].sort();
}
const EVENTS = subscribedEvents();

function seedOf(name: string): number {
  if (process.env.FUZZ_SEED) return Number(process.env.FUZZ_SEED);
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h | 0;
}

describe('fuzzing every socket.io event', () => {
  let w: FuzzWorld;
  let cookie: string;
  let realIds: string[];
  let publicEventId: string;
  const open: Socket[] = [];

  async function connect(withCookie?: string): Promise<Socket> {
    const s = io(w.t.baseUrl, { path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true, ...(withCookie ? { extraHeaders: { cookie: withCookie } } : {}) });
    open.push(s);
    await new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', reject);
    });
    return s;
  }

  // Boot plus demo data: a generous limit, as the machine may be busy with other builds.
  beforeAll(async () => {
    w = await startFuzzWorld();
    const client = w.t.client();
    const res = await client.gql(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email: w.users.member.email, password: w.password } });
    cookie = [res.headers['set-cookie']].flat().map(String).map((c) => c.split(';')[0]).find((c) => c.startsWith('confer.sid='))!;
    realIds = w.realIds;
    publicEventId = (await w.pool.query(`select id from events where status = 'published' order by starts_at limit 1`)).rows[0].id;
    expect(GOOD_PASSWORD).not.toBe(w.password);
  }, 180_000);

  afterAll(async () => {
    for (const s of open) s.disconnect();
    await w?.close();
  });

  it('finds the gateways’ events', () => {
    expect(EVENTS).toEqual(expect.arrayContaining(['forum:join', 'forum:typing', 'events:join', 'events:check-in:join', 'consultations:watch-expert', 'whoami']));
  });

  const idLike = () => fc.oneof(fc.constantFrom(...realIds), fc.uuid(), fc.uuid().map((u) => u.toUpperCase()), fc.constantFrom(...HOSTILE_STRINGS), fc.integer(), fc.constant(null));
  const payload = () =>
    fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom(...HOSTILE_STRINGS),
      fc.record({ threadId: idLike(), eventId: idLike(), expertId: idLike() }, { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 12 }), idLike(), { maxKeys: 6 }),
      fc.array(idLike(), { maxLength: 5 }),
      fc.constant({ threadId: { $ne: null }, eventId: ['a', 'b'], __proto__: { admin: true } }),
      fc.constant(JSON.parse('{"__proto__": {"userId": "00000000-0000-0000-0000-000000000000"}, "threadId": "x"}')),
      fc.constant({ nested: Array.from({ length: 200 }, () => ({ deeper: { deeper: { x: 1 } } })) }),
      fc.constant(Buffer.from('binary\u0000payload')),
      fc.anything({ maxDepth: 4 }),
    );

  it.each(EVENTS)('%s', async (event) => {
    const bystander = await connect(cookie);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(payload(), { minLength: 1, maxLength: 3 }), fc.boolean(), async (asMember, args, wantAck) => {
        const socket = await connect(asMember ? cookie : undefined);
        const exceptions: unknown[] = [];
        socket.on('exception', (e) => exceptions.push(e));
        let ack: unknown = 'none';
        if (wantAck) {
          ack = await socket
            .timeout(1500)
            .emitWithAck(event, ...args)
            .catch(() => 'no answer');
        } else {
          socket.emit(event, ...args);
        }
        // A round trip after the event: the socket still answers (whoami never fails).
        const who = await socket.timeout(3000).emitWithAck('whoami');
        const context = `${asMember ? 'member' : 'visitor'} ${event}(${JSON.stringify(args).slice(0, 300)}) → ${JSON.stringify(ack).slice(0, 300)}`;
        if (exceptions.length > 0) throw new Error(`exception event ${JSON.stringify(exceptions)}: ${context}`);
        if (!socket.connected || !bystander.connected) throw new Error(`a socket was disconnected: ${context}`);
        if (asMember !== (who.userId === w.users.member.id)) throw new Error(`the socket's identity changed: ${context}`);
        if (ack && typeof ack === 'object' && 'ok' in ack && (ack as { ok: boolean }).ok === false) {
          const code = (ack as { error?: { code?: string } }).error?.code;
          if (!CODES.has(String(code))) throw new Error(`refusal without a known code: ${context}`);
        }
        if (JSON.stringify(ack).match(/INTERNAL|stack|node_modules|\.ts:\d+/)) throw new Error(`internal detail: ${context}`);
        socket.disconnect();
        open.splice(open.indexOf(socket), 1);
      }),
      { numRuns: RUNS, seed: seedOf(event), endOnFailure: !process.env.FUZZ_SHRINK },
    );
    // The server still serves a normal join, on the bystander and on a new socket.
    expect(await bystander.timeout(3000).emitWithAck('events:join', { eventId: publicEventId })).toMatchObject({ ok: true });
    const fresh = await connect();
    expect(await fresh.timeout(3000).emitWithAck('events:join', { eventId: publicEventId })).toMatchObject({ ok: true });
    expect(bystander.connected).toBe(true);
  });
});
