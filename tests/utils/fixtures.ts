import argon2 from 'argon2';
import { Client } from 'pg';
import { GOOD_PASSWORD, TestClient, uniqueEmail } from './test-app';

let hashed: Promise<string> | null = null;
const passwordHash = () => (hashed ??= argon2.hash(GOOD_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 }));

/** Direct SQL access for arranging state and checking what was written (never instead of the API under test). */
export class TestDb {
  private client: Client | null = null;

  async connect(): Promise<this> {
    this.client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await this.client.connect();
    return this;
  }

  async query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client!.query(sql, params)).rows as T[];
  }

  async close(): Promise<void> {
    await this.client?.end();
  }

  /** Row counts of every application table: compare before and after to prove nothing was written. */
  async snapshot(): Promise<Record<string, number>> {
    const tables = await this.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
         and table_name not in ('schema_migrations', 'sessions', 'rate_limits') order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables) {
      counts[table_name] = (await this.query<{ n: number }>(`select count(*)::int as n from "${table_name}"`))[0].n;
    }
    return counts;
  }

  async createUser(opts: { email?: string; roles?: string[]; verified?: boolean; displayName?: string } = {}): Promise<{ id: string; email: string }> {
    const email = opts.email ?? uniqueEmail();
    const rows = await this.query<{ id: string }>(
      `insert into users (email, password_hash, display_name, time_zone, roles, email_verified_at)
       values ($1, $2, $3, 'America/New_York', $4, $5) returning id`,
      [email, await passwordHash(), opts.displayName ?? 'Test Member', opts.roles ?? ['member'], opts.verified === false ? null : new Date()],
    );
    return { id: rows[0].id, email };
  }
}

export async function logIn(client: TestClient, email: string, password = GOOD_PASSWORD): Promise<void> {
  const res = await client.gql(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email, password } });
  if (res.errors) throw new Error(`log-in failed for ${email}: ${JSON.stringify(res.errors)}`);
}

/** Logs a client in and returns its session cookie (socket.io handshakes send it). */
export async function logInWithCookie(client: TestClient, email: string, password = GOOD_PASSWORD): Promise<string> {
  const res = await client.gql(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email, password } });
  if (res.errors) throw new Error(`log-in failed for ${email}: ${JSON.stringify(res.errors)}`);
  const cookie = [res.headers['set-cookie']].flat().map(String).map((c) => c.split(';')[0]).find((c) => c.startsWith('confer.sid='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}
