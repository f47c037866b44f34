import { TestDb } from '../../utils/fixtures';
import { bootForum, closeForum, ForumWorld, Member, ok, rnd } from '../../utils/forum-fixtures';
import type { TestApp } from '../../utils/test-app';

/**
 * A page of a thread costs a fixed number of SQL statements, however many posts, authors and
 * reactions it holds. The app runs in this process, so every statement goes through pg's Client.
 */

// eslint-disable-next-line @typescript-eslint/no-var-requires
const pg = require('pg') as typeof import('pg');

const PAGE = `query($id: ID!) {
  forumThread(id: $id) {
    id title
    posts(first: 50) { nodes { id seq author { userId displayName credentials jobTitle organizationName anonymous } reactions { kind count mine } } }
  }
}`;

describe('SQL statements per thread page', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let reader: Member;
  let smallThread: string;
  let bigThread: string;

  beforeAll(async () => {
    ({ t, db, w } = await bootForum());
    const board = await w.category({ audience: 'premium', allowAnonymous: true });
    reader = await w.member({ premium: true, established: true, displayName: 'Reader Query' });
    const people = (n: number, tag: string) =>
      Promise.all(Array.from({ length: n }, (_, i) => w.member({ premium: true, established: true, displayName: `${tag} ${i} ${rnd()}`, profile: { credentials: 'RN', organizationName: `Org ${i}` } })));

    // 3 posts by 3 authors (one anonymous), one reaction.
    const three = await people(3, 'Small');
    const small = await w.thread(three[0], board.id, { title: `Small ${rnd()}`, body: 'Small thread.' });
    smallThread = small.thread.id;
    await w.reply(three[1], smallThread, 'Second.');
    await w.reply(three[2], smallThread, 'Third, anonymously.', { anonymous: true });
    await ok(reader.client, `mutation($id: ID!) { reactToForumPost(postId: $id, kind: HELPFUL) { id } }`, { id: small.post.id });

    // 50 posts by 25 authors (every fifth anonymous), reactions of all kinds from several members.
    const many = await people(25, 'Big');
    const big = await w.thread(many[0], board.id, { title: `Big ${rnd()}`, body: 'Big thread.' });
    bigThread = big.thread.id;
    const postIds: string[] = [big.post.id];
    for (let i = 1; i < 50; i++) {
      postIds.push((await w.reply(many[i % 25], bigThread, `Reply ${i}.`, { anonymous: i % 5 === 0 })).post.id);
    }
    const reactors = [reader, ...many.slice(0, 6)];
    const kinds = ['HELPFUL', 'THANKS', 'AGREE'];
    await Promise.all(
      reactors.map(async (r, ri) => {
        for (let p = ri; p < 50; p += 2) {
          await ok(r.client, `mutation($id: ID!, $k: ReactionKind!) { reactToForumPost(postId: $id, kind: $k) { id } }`, { id: postIds[p], k: kinds[(p + ri) % 3] });
        }
      }),
    );
  });
  afterAll(() => closeForum({ t, db, w }));

  /** The statements the app sent to PostgreSQL while answering one request (the job queue's polling left out). */
  async function statementsFor(threadId: string): Promise<{ statements: string[]; data: any }> {
    const original = pg.Client.prototype.query;
    const statements: string[] = [];
    (pg.Client.prototype as any).query = function (this: unknown, config: any, ...rest: unknown[]) {
      const text = typeof config === 'string' ? config : config?.text;
      statements.push(String(text).replace(/\s+/g, ' ').slice(0, 160));
      return (original as any).call(this, config, ...rest);
    };
    let data: any;
    try {
      data = await ok(reader.client, PAGE, { id: threadId });
    } finally {
      pg.Client.prototype.query = original;
    }
    return { statements: statements.filter((s) => !/pgboss/i.test(s)), data };
  }

  /** The fewest statements over a few runs, so a stray background statement cannot tip the result. */
  async function cost(threadId: string): Promise<{ count: number; statements: string[]; data: any }> {
    let best: { statements: string[]; data: any } | null = null;
    for (let i = 0; i < 3; i++) {
      const run = await statementsFor(threadId);
      if (!best || run.statements.length < best.statements.length) best = run;
    }
    return { count: best!.statements.length, statements: best!.statements, data: best!.data };
  }

  it('does not grow with the number of posts, authors and reactions', async () => {
    // The notification fan-out of the posts above runs in this process's worker: let it finish first.
    await w.settled(60_000);
    const small = await cost(smallThread);
    const big = await cost(bigThread);

    // The pages really hold what we compare.
    expect(small.data.forumThread.posts.nodes).toHaveLength(3);
    const nodes = big.data.forumThread.posts.nodes;
    expect(nodes).toHaveLength(50);
    const named = new Set(nodes.filter((n: any) => !n.author.anonymous).map((n: any) => n.author.userId));
    expect(named.size).toBeGreaterThanOrEqual(20);
    expect(nodes.filter((n: any) => n.author.anonymous).length).toBe(9);
    expect(nodes.every((n: any) => n.author.anonymous || n.author.credentials === 'RN')).toBe(true);
    expect(nodes.filter((n: any) => n.reactions.length > 0).length).toBeGreaterThan(40);

    expect(small.count).toBeGreaterThan(0);
    expect({ count: big.count, statements: big.statements }).toEqual({ count: small.count, statements: expect.any(Array) });
    // A page is a handful of statements: the session, the viewer (membership; groups and
    // suspension), the thread with its category and author, and the posts with their authors and
    // reactions in one statement — five today, one spare.
    expect(big.count).toBeLessThanOrEqual(6);
  });
});
