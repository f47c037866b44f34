import { TestDb } from '../../utils/fixtures';
import { fail, ForumWorld, Member, ok, shape } from '../../utils/forum-fixtures';
import { startTestApp, TestApp, TestClient } from '../../utils/test-app';

const ITEM = `id slug kind audience title summary tags previewHtml bodyHtml linkUrl bodyMd access invitation published publishedAt`;
const Q = {
  list: `query($f: ResourceFilterInput) { resources(filter: $f) { total nodes { ${ITEM} } } }`,
  one: `query($slug: String!) { resource(slug: $slug) { ${ITEM} } }`,
  tags: `{ resourceTags { tag count } }`,
  create: `mutation($i: ResourceInput!) { createResource(input: $i) { ${ITEM} } }`,
  update: `mutation($id: ID!, $i: ResourceInput!) { updateResource(id: $id, input: $i) { ${ITEM} } }`,
  publish: `mutation($id: ID!, $p: Boolean!) { setResourcePublished(id: $id, published: $p) { ${ITEM} } }`,
};

/** Letters only, so the full-text parser keeps it as one word. */
const word = () => `zq${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 8)}x`;

describe('Resources library', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let staff: Member;
  let guest: Member;
  let premium: Member;
  let visitor: TestClient;
  const marker = word();
  const secret = word();
  const items: Record<'public' | 'guest' | 'premium' | 'draft', { id: string; slug: string }> = {} as never;

  const input = (audience: string, over: Record<string, unknown> = {}) => ({
    slug: `${audience}-${marker}`,
    kind: 'GUIDELINE',
    audience: audience.toUpperCase(),
    title: `${audience} guide ${marker}`,
    summary: `Summary of the ${audience} guide.`,
    bodyMd: `Opening paragraph of the ${audience} guide.\n\n## Details\n\nThe rest mentions ${secret}${audience} and more.`,
    tags: ['Policy', marker],
    linkUrl: `https://files.example.org/${audience}-${marker}.pdf`,
    published: true,
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Sue' });
    guest = await w.member({ displayName: 'Guest Gus' });
    premium = await w.member({ premium: true, displayName: 'Premium Pam' });
    visitor = t.client();
    for (const audience of ['public', 'guest', 'premium'] as const) {
      items[audience] = (await ok(staff.client, Q.create, { i: input(audience) })).createResource;
    }
    items.draft = (await ok(staff.client, Q.create, { i: input('premium', { slug: `draft-${marker}`, title: `Draft ${marker}`, published: false }) })).createResource;
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  const bySlug = (nodes: any[]) => Object.fromEntries(nodes.map((n) => [n.slug, n]));

  it.each<[string, () => TestClient, Record<'public' | 'guest' | 'premium', 'FULL' | 'PREVIEW'>, string | null, boolean]>([
    ['a visitor', () => visitor, { public: 'FULL', guest: 'PREVIEW', premium: 'PREVIEW' }, 'SIGN_UP', false],
    ['a guest', () => guest.client, { public: 'FULL', guest: 'FULL', premium: 'PREVIEW' }, 'UPGRADE', false],
    ['a premium member', () => premium.client, { public: 'FULL', guest: 'FULL', premium: 'FULL' }, null, false],
    ['staff', () => staff.client, { public: 'FULL', guest: 'FULL', premium: 'FULL' }, null, true],
  ])('%s sees the catalogue with the body and link only where allowed', async (_who, client, expected, invitation, seesDraft) => {
    const res = await client().gql(Q.list, { f: { tag: marker } });
    const nodes = bySlug(res.data.resources.nodes);
    expect(Object.keys(nodes).includes(`draft-${marker}`)).toBe(seesDraft);
    expect(res.data.resources.total).toBe(seesDraft ? 4 : 3);
    for (const audience of ['public', 'guest', 'premium'] as const) {
      const item = nodes[`${audience}-${marker}`];
      expect(item).toMatchObject({ access: expected[audience], title: `${audience} guide ${marker}`, summary: `Summary of the ${audience} guide.`, tags: ['policy', marker] });
      expect(item.previewHtml).toBe(`<p>Opening paragraph of the ${audience} guide.</p>\n`);
      if (expected[audience] === 'FULL') {
        expect(item.bodyHtml).toContain(`${secret}${audience}`);
        expect(item.linkUrl).toBe(`https://files.example.org/${audience}-${marker}.pdf`);
        expect(item.invitation).toBeNull();
      } else {
        expect(item).toMatchObject({ bodyHtml: null, linkUrl: null, invitation });
      }
      expect(item.bodyMd === null).toBe(!seesDraft);
      // The single-item page answers the same way.
      const one = await client().gql(Q.one, { slug: `${audience}-${marker}` });
      expect(one.data.resource).toEqual(item);
    }
    // Nothing hidden anywhere in the raw answer.
    const raw = JSON.stringify(res.data);
    for (const audience of ['public', 'guest', 'premium'] as const) {
      if (expected[audience] === 'PREVIEW') {
        expect(raw).not.toContain(`${secret}${audience}`);
        expect(raw).not.toContain(`${audience}-${marker}.pdf`);
      }
    }
  });

  it('search matches the whole body only where the viewer may read it, and unpublished items only for staff', async () => {
    const search = async (client: TestClient, query: string) => (await ok(client, Q.list, { f: { query } })).resources.nodes.map((n: any) => n.slug).sort();
    // A word in the premium body: found by premium members and staff, not by guests or visitors.
    expect(await search(premium.client, `${secret}premium`)).toEqual([`premium-${marker}`]);
    expect(await search(staff.client, `${secret}premium`)).toEqual([`draft-${marker}`, `premium-${marker}`].sort());
    expect(await search(guest.client, `${secret}premium`)).toEqual([]);
    expect(await search(visitor, `${secret}premium`)).toEqual([]);
    // A word in the guest body: guests find it, visitors do not.
    expect(await search(guest.client, `${secret}guest`)).toEqual([`guest-${marker}`]);
    expect(await search(visitor, `${secret}guest`)).toEqual([]);
    // Titles, summaries, tags and the first paragraph are in the public catalogue.
    expect(await search(visitor, marker)).toEqual([`guest-${marker}`, `premium-${marker}`, `public-${marker}`]);
    expect(await search(visitor, `opening paragraph premium ${marker}`)).toContain(`premium-${marker}`);
    // Filters combine with search.
    expect((await ok(visitor, Q.list, { f: { query: marker, audience: 'PREMIUM' } })).resources.nodes.map((n: any) => n.slug)).toEqual([`premium-${marker}`]);
    expect((await ok(visitor, Q.list, { f: { query: marker, kind: 'WEBINAR' } })).resources.total).toBe(0);
    // Past the last page: no items, the same total.
    expect((await ok(visitor, Q.list, { f: { tag: marker, offset: 40 } })).resources).toEqual({ total: 3, nodes: [] });
    // Tags of published items only, counted.
    const tags = (await ok(visitor, Q.tags)).resourceTags;
    expect(tags).toContainEqual({ tag: marker, count: 3 });
  });

  it('markdown is rendered and sanitised: no raw HTML, no script links', async () => {
    const slug = `unsafe-${marker}`;
    const created = (
      await ok(staff.client, Q.create, {
        i: input('public', { slug, tags: [], bodyMd: 'Hello <script>alert(1)</script> **bold**\n\n[click](javascript:alert(1)) [site](https://example.org) <img src=x onerror=alert(1)>' }),
      })
    ).createResource;
    expect(created.bodyHtml).toContain('<strong>bold</strong>');
    // Raw HTML stays text, and a script link is not a link.
    expect(created.bodyHtml).not.toMatch(/<script|<img|href="javascript/i);
    expect(created.bodyHtml).toContain('&lt;script&gt;');
    expect(created.bodyHtml).toContain('href="https://example.org"');
    expect(created.previewHtml).not.toMatch(/<script/i);
  });

  it('staff edit and unpublish; an unpublished item answers like one that never existed', async () => {
    const slug = `edit-${marker}`;
    const created = (await ok(staff.client, Q.create, { i: input('public', { slug, tags: [] }) })).createResource;
    const edited = (await ok(staff.client, Q.update, { id: created.id, i: input('premium', { slug, title: `Edited ${marker}`, tags: ['webinars'], kind: 'WEBINAR' }) })).updateResource;
    expect(edited).toMatchObject({ title: `Edited ${marker}`, audience: 'PREMIUM', kind: 'WEBINAR', tags: ['webinars'] });
    expect((await ok(guest.client, Q.one, { slug })).resource).toMatchObject({ access: 'PREVIEW', bodyHtml: null, linkUrl: null });

    const unpublished = (await ok(staff.client, Q.publish, { id: created.id, p: false })).setResourcePublished;
    expect(unpublished.published).toBe(false);
    const missing = shape(await fail(premium.client, Q.one, { slug: `never-${marker}` }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', reason: 'RESOURCE_NOT_FOUND' });
    for (const who of [visitor, guest.client, premium.client]) expect(shape(await fail(who, Q.one, { slug }))).toEqual(missing);
    expect((await ok(staff.client, Q.one, { slug })).resource.published).toBe(false);
    const republished = (await ok(staff.client, Q.publish, { id: created.id, p: true })).setResourcePublished;
    expect(republished.publishedAt).toBe(created.publishedAt);
    expect((await ok(premium.client, Q.one, { slug })).resource.access).toBe('FULL');
  });

  it('bad input and non-staff writes get a clear code and write nothing', async () => {
    const before = await db.snapshot();
    const i = input('public', { slug: `new-${marker}` });
    expect((await fail(visitor, Q.create, { i })).extensions?.code).toBe('UNAUTHENTICATED');
    for (const who of [guest, premium]) expect((await fail(who.client, Q.create, { i })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect((await fail(premium.client, Q.publish, { id: items.public.id, p: false })).extensions?.reason).toBe('NOT_STAFF');
    expect((await fail(guest.client, Q.update, { id: items.public.id, i })).extensions?.reason).toBe('NOT_STAFF');

    const invalid = await fail(staff.client, Q.create, { i: { ...i, slug: 'Bad Slug', title: 'ab', summary: ' ', linkUrl: 'javascript:alert(1)', tags: ['<b>'] } });
    expect(invalid.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_RESOURCE' });
    expect(Object.keys(invalid.extensions?.fields ?? {}).sort()).toEqual(['linkUrl', 'slug', 'summary', 'tags', 'title']);
    expect((await fail(staff.client, Q.create, { i: { ...i, bodyMd: 'b'.repeat(100_001) } })).extensions).toMatchObject({ reason: 'INVALID_RESOURCE', fields: { bodyMd: expect.any(String) } });
    expect((await fail(staff.client, Q.create, { i: { ...i, bodyMd: 'b'.repeat(200_001) } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(staff.client, Q.create, { i: { ...i, kind: 'PODCAST' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(staff.client, Q.create, { i: { ...i, slug: items.public.slug } })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLUG_TAKEN' });
    expect((await fail(staff.client, Q.update, { id: '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42', i })).extensions?.reason).toBe('RESOURCE_NOT_FOUND');
    expect((await fail(staff.client, Q.update, { id: 'not-an-id', i })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(visitor, Q.list, { f: { query: 'q'.repeat(201) } })).extensions?.reason).toBe('INVALID_SEARCH');
    expect((await fail(visitor, Q.list, { f: { first: 500 } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await db.snapshot()).toEqual(before);
  });
});
