import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The honest baseline for `thread_page`: bare Node http + pg doing the same reads as the GraphQL
 * request — session lookup, the viewer and their membership, category and thread access, 50 posts,
 * their authors, pseudonyms and reaction counts — and answering the same JSON shape.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const port = Number(process.env.PORT);

async function threadPage(sid: string, threadId: string): Promise<unknown> {
  const session = await pool.query(`select sess from sessions where sid = $1 and expire > now()`, [sid]);
  const userId = session.rows[0]?.sess?.userId ?? null;
  const user = userId ? (await pool.query(`select * from users where id = $1`, [userId])).rows[0] : null;
  const grants = userId ? (await pool.query(`select * from premium_grants where user_id = $1 and revoked_at is null`, [userId])).rows : [];
  const groups = userId ? (await pool.query(`select group_id from forum_group_members where user_id = $1`, [userId])).rows : [];
  const thread = (await pool.query(`select * from forum_threads where id = $1`, [threadId])).rows[0];
  const category = (await pool.query(`select * from forum_categories where id = $1`, [thread.category_id])).rows[0];
  const premium = grants.some((g) => g.starts_at <= new Date() && (!g.ends_at || g.ends_at > new Date()));
  if (!user || (category.audience === 'premium' && !premium) || (category.audience === 'group' && !groups.some((g) => g.group_id === category.group_id))) {
    return { errors: [{ message: 'No such thread.' }] };
  }
  const posts = (await pool.query(`select * from forum_posts where thread_id = $1 and seq > 0 and status = 'visible' order by seq limit 51`, [threadId])).rows.slice(0, 50);
  const authorIds = [...new Set(posts.filter((p) => !p.anonymous).map((p) => p.author_id))];
  const authors = new Map((await pool.query(`select * from users where id = any($1::uuid[])`, [authorIds])).rows.map((u) => [u.id, u]));
  const pseudonyms = new Map(
    (await pool.query(`select * from forum_pseudonyms where thread_id = $1`, [threadId])).rows.map((p) => [p.user_id, p.label]),
  );
  const reactions = (
    await pool.query(
      `select post_id, kind, count(*)::int as count, bool_or(user_id = $2) as mine from forum_reactions where post_id = any($1::uuid[]) group by post_id, kind`,
      [posts.map((p) => p.id), userId],
    )
  ).rows;
  return {
    data: {
      forumThread: {
        id: thread.id,
        title: thread.title,
        posts: {
          nodes: posts.map((p) => {
            const a = authors.get(p.author_id);
            return {
              id: p.id,
              seq: p.seq,
              bodyHtml: p.body_html,
              createdAt: p.created_at,
              author: p.anonymous
                ? { displayName: pseudonyms.get(p.author_id), credentials: null, credentialsVerified: false, anonymous: true, isYou: p.author_id === userId }
                : { displayName: a.display_name, credentials: a.credentials, credentialsVerified: a.credentials_verified, anonymous: false, isYou: p.author_id === userId },
              reactions: reactions.filter((r) => r.post_id === p.id).map((r) => ({ kind: r.kind, count: r.count, mine: r.mine })),
            };
          }),
        },
      },
    },
  };
}

createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    try {
      const sid = decodeURIComponent(/confer\.sid=s%3A([^.;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '');
      const { variables } = JSON.parse(body);
      const out = JSON.stringify(await threadPage(sid, variables.id));
      res.writeHead(200, { 'content-type': 'application/json' }).end(out);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
}).listen(port, '127.0.0.1', () => process.send?.('ready'));
