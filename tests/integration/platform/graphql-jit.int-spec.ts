import { logIn } from '../../utils/fixtures';
import { bootForum, closeForum, ForumSpec, Member, ok, Q, rnd } from '../../utils/forum-fixtures';
import { startTestApp, TestApp, TestClient } from '../../utils/test-app';

/**
 * Queries run compiled by graphql-jit (GRAPHQL_JIT, on by default); the same app with graphql-js must
 * answer every one of them byte for byte alike, for every kind of viewer, errors included.
 */
describe('queries compiled by graphql-jit answer exactly as graphql-js does', () => {
  let spec: ForumSpec;
  let plain: TestApp;

  beforeAll(async () => {
    spec = await bootForum();
    plain = await startTestApp({ GRAPHQL_JIT: 'false' });
  }, 120_000);
  afterAll(async () => {
    await plain?.close();
    await closeForum(spec);
  });

  /** The same member signed in on the app without the compiler. */
  async function twin(member: Member | null): Promise<TestClient> {
    const client = plain.client();
    if (member) await logIn(client, member.email);
    return client;
  }

  it('threads, lists, posts (named, anonymous, held), reactions and refusals', async () => {
    const { w } = spec;
    const board = await w.category({ audience: 'premium', allowAnonymous: true });
    const author = await w.member({ premium: true, established: true, displayName: 'Jit Author', profile: { credentials: 'RN', jobTitle: 'Nurse', organizationName: 'Mercy' } });
    const peer = await w.member({ premium: true, established: true, displayName: 'Jit Peer' });
    const newcomer = await w.member({ premium: true, displayName: 'Jit Newcomer' });
    const moderator = await w.member({ roles: ['member', 'moderator'], displayName: 'Jit Moderator' });
    const guest = await w.member({ displayName: 'Jit Guest' });

    const { thread, post } = await w.thread(author, board.id, { title: `Compiled ${rnd()}`, body: 'First **post** with [a link](https://example.org).' });
    await w.reply(peer, thread.id, 'Anonymous answer.', { anonymous: true });
    await w.reply(newcomer, thread.id, 'Held for a moderator.');
    await ok(peer.client, Q.react, { id: post.id, kind: 'HELPFUL' });

    const queries: [string, Record<string, unknown>][] = [
      [Q.thread, { id: thread.id }],
      [Q.threadOnly, { id: thread.id }],
      [Q.category, { slug: board.slug }],
      [Q.categories, {}],
      [Q.thread, { id: '00000000-0000-4000-8000-000000000000' }],
      [Q.thread, { id: 'not-an-id' }],
      [Q.category, { slug: 42 }],
    ];
    for (const viewer of [author, peer, newcomer, moderator, guest, null]) {
      const compiled = viewer ? viewer.client : spec.t.client();
      const interpreted = await twin(viewer);
      for (const [query, variables] of queries) {
        const a = await compiled.gql(query, variables);
        const b = await interpreted.gql(query, variables);
        expect({ status: a.status, data: a.data, errors: a.errors }).toEqual({ status: b.status, data: b.data, errors: b.errors });
      }
    }
    // The control: the answers differ by viewer, so equal answers above are not all the same page.
    const asAuthor = await author.client.gql(Q.thread, { id: thread.id });
    const asGuest = await guest.client.gql(Q.thread, { id: thread.id });
    expect(asAuthor.data?.forumThread?.posts.nodes.length).toBeGreaterThan(1);
    expect(asAuthor.data?.forumThread?.posts.nodes[0].reactions).toEqual(expect.arrayContaining([{ kind: 'HELPFUL', count: 1, mine: false }]));
    expect(asGuest.data?.forumThread ?? null).toBeNull();
  });
});
