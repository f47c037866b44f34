import { scratchDatabase } from './demo-app';
import { Pool } from 'pg';
import { DemoDataService } from '../../apps/api/src/demo/demo-data.service';
import { logIn } from './fixtures';
import { startTestApp, TestApp, TestClient } from './test-app';

/**
 * A fuzzing world: the app on a database of its own holding the demo data (every area has real rows,
 * so random input reaches past "not found"), signed-in clients for each kind of caller, and a cheap
 * fingerprint of every application table to prove a failed call wrote nothing.
 */

export type FuzzRole = 'anon' | 'guest' | 'member' | 'staff';
export const FUZZ_ROLES: FuzzRole[] = ['anon', 'guest', 'member', 'staff'];

const DEMO_EMAILS: Record<Exclude<FuzzRole, 'anon'>, string> = {
  guest: 'guest@confer.test',
  member: 'sarah.chen@confer.test',
  staff: 'admin@confer.test',
};

/**
 * Tables that change without a request: sessions and rate-limit counters (every call touches them)
 * and what the job workers write after earlier successful calls (outgoing mail).
 */
const NOT_FINGERPRINTED = new Set(['schema_migrations', 'sessions', 'rate_limits', 'mail_messages']);

export interface FuzzWorld {
  t: TestApp;
  pool: Pool;
  password: string;
  users: Record<Exclude<FuzzRole, 'anon'>, { id: string; email: string; roles: string[] }>;
  clients: Record<FuzzRole, TestClient>;
  /** Real ids of every table (other members' rows included), for id-guessing. */
  realIds: string[];
  /** The same ids by table, so an `eventId` argument can be given real event ids. */
  idsByTable: Record<string, string[]>;
  fingerprint(): Promise<Record<string, string>>;
  /** Undo what a successful staff call may have done to the fuzzing accounts, and sign them back in. */
  heal(): Promise<void>;
  close(): Promise<void>;
}

export async function startFuzzWorld(env: Record<string, string> = {}): Promise<FuzzWorld> {
  const { url, drop } = await scratchDatabase('fuzz');
  let t: TestApp;
  try {
    t = await startTestApp({ DATABASE_URL: url, ...env });
  } catch (e) {
    await drop();
    throw e;
  }
  const logins = await t.app.get(DemoDataService).seedIfEmpty();
  if (!logins) throw new Error('the fuzz database was not empty');
  const pool = new Pool({ connectionString: url, max: 2 });

  const users = {} as FuzzWorld['users'];
  for (const role of ['guest', 'member', 'staff'] as const) {
    const [row] = (await pool.query(`select id, email, roles from users where email = $1`, [DEMO_EMAILS[role]])).rows;
    users[role] = row;
  }
  const userSnapshot = (await pool.query(`select * from users where id = any($1::uuid[])`, [Object.values(users).map((u) => u.id)])).rows;

  const clients = { anon: t.client() } as FuzzWorld['clients'];
  for (const role of ['guest', 'member', 'staff'] as const) {
    clients[role] = t.client();
    await logIn(clients[role], users[role].email, logins.password);
  }

  const tables = (
    await pool.query<{ table_name: string; has_updated: boolean }>(
      `select t.table_name,
              exists (select 1 from information_schema.columns c where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'updated_at') as has_updated
         from information_schema.tables t where t.table_schema = 'public' and t.table_type = 'BASE TABLE' order by 1`,
    )
  ).rows.filter((r) => !NOT_FINGERPRINTED.has(r.table_name));
  // One round trip: count(*) of every table and the newest updated_at where there is one.
  const fingerprintSql = tables
    .map((r) => `select '${r.table_name}' as t, (select count(*)::text${r.has_updated ? ` || '/' || coalesce(max(updated_at)::text, '-')` : ''} from "${r.table_name}") as v`)
    .join(' union all ');

  const idTables = (
    await pool.query<{ table_name: string }>(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`,
    )
  ).rows;
  const realIds: string[] = [];
  const idsByTable: Record<string, string[]> = {};
  for (const { table_name } of idTables) {
    idsByTable[table_name] = (await pool.query(`select id::text from "${table_name}" order by id limit 12`)).rows.map((r) => r.id);
    realIds.push(...idsByTable[table_name].slice(0, 6));
  }

  const world: FuzzWorld = {
    t,
    pool,
    password: logins.password,
    users,
    clients,
    realIds,
    idsByTable,
    async fingerprint() {
      const rows = (await pool.query<{ t: string; v: string }>(fingerprintSql)).rows;
      return Object.fromEntries(rows.map((r) => [r.t, r.v]));
    },
    async heal() {
      for (const row of userSnapshot) {
        const cols = Object.keys(row).filter((c) => c !== 'id');
        await pool.query(`update users set ${cols.map((c, i) => `"${c}" = $${i + 2}`).join(', ')} where id = $1`, [row.id, ...cols.map((c) => row[c])]);
      }
      for (const role of ['guest', 'member', 'staff'] as const) {
        const me = await clients[role].gql(`{ me { id } }`);
        if (me.data?.me?.id !== users[role].id) await logIn(clients[role], users[role].email, logins.password);
      }
      // A signed-out guest stays signed out.
      clients.anon = t.client();
    },
    async close() {
      await pool.end();
      await t.close();
      await drop();
    },
  };
  return world;
}
