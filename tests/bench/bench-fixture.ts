import argon2 from 'argon2';
import { Client } from 'pg';

export const BENCH_PASSWORD = 'bench-reader-passphrase-42';

export interface BenchFixture {
  threadId: string;
  readerEmail: string;
  posterEmail: string;
}

/** A premium reader, a poster, and a 50-post thread by 25 authors with reactions: the page the bench reads. */
export async function seedBenchData(url: string): Promise<BenchFixture> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const users: string[] = [];
    for (let i = 0; i < 27; i++) {
      const { rows } = await db.query(
        `insert into users (email, password_hash, display_name, time_zone, email_verified_at, credentials, credentials_verified, job_title, organization_name)
         values ($1, $2, $3, 'America/New_York', now(), 'RN', $4, 'Nurse educator', 'Bench Hospital') returning id`,
        [`bench${i}@example.org`, hash, `Bench Member ${i}`, i % 2 === 0],
      );
      users.push(rows[0].id);
      await db.query(`insert into premium_grants (user_id, starts_at, source) values ($1, now() - interval '1 day', 'staff')`, [rows[0].id]);
    }
    const { rows: cat } = await db.query(
      `insert into forum_categories (slug, name, audience, allow_anonymous, position) values ('bench', 'Bench', 'premium', true, 0) returning id`,
    );
    const { rows: thread } = await db.query(
      `insert into forum_threads (category_id, author_id, title, post_count) values ($1, $2, 'Bench thread', 50) returning id`,
      [cat[0].id, users[0]],
    );
    const body = 'We brought **legal** in before writing the plan. Two things helped: a written comment policy and consent forms kept by marketing.';
    for (let seq = 1; seq <= 50; seq++) {
      // The poster needs one visible post, or pre-moderation would hold their live replies.
      const author = seq === 50 ? users[26] : users[seq % 25];
      const anonymous = seq % 10 === 0;
      if (anonymous) await db.query(`insert into forum_pseudonyms (thread_id, user_id, label) values ($1, $2, $3) on conflict do nothing`, [thread[0].id, author, `Member ${seq}`]);
      const { rows: post } = await db.query(
        `insert into forum_posts (thread_id, seq, author_id, anonymous, body_md, body_html) values ($1, $2, $3, $4, $5, $6) returning id`,
        [thread[0].id, seq, author, anonymous, body, `<p>${body}</p>`],
      );
      for (let r = 0; r < 3; r++) {
        await db.query(`insert into forum_reactions (post_id, user_id, kind) values ($1, $2, $3)`, [post[0].id, users[(seq + r) % 25], ['helpful', 'thanks', 'agree'][r]]);
      }
    }
    return { threadId: thread[0].id, readerEmail: 'bench25@example.org', posterEmail: 'bench26@example.org' };
  } finally {
    await db.end();
  }
}
