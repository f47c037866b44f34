import { parse } from 'csv-parse/sync';
import { Client } from 'pg';
import request from 'supertest';
import { logIn, TestDb } from '../../utils/fixtures';
import { DirectoryCleanupService } from '../../../apps/api/src/modules/directory/directory-cleanup.service';
import { startTestApp, TestApp, TestClient, uniqueEmail } from '../../utils/test-app';
import { D, DirectoryWorld, draft, fail, forgeToken, linkToken, ok, rnd } from './directory-fixtures';

/** The Health Care Social Media List through /graphql and the CSV link, on a real database. */

describe('directory', () => {
  let t: TestApp;
  let db: TestDb;
  let w: DirectoryWorld;
  let staff: TestClient;
  let member: TestClient;
  let guest: TestClient;

  beforeAll(async () => {
    t = await startTestApp({ DIRECTORY_SUBMISSIONS_PER_IP_PER_HOUR: '100000' });
    db = await new TestDb().connect();
    w = new DirectoryWorld(t, db);
    staff = t.client();
    await logIn(staff, (await db.createUser({ roles: ['member', 'staff'] })).email);
    member = t.client();
    await logIn(member, (await db.createUser({ roles: ['member', 'moderator'] })).email);
    guest = t.client();
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  const search = async (text: string, client: TestClient = guest) => (await ok(client, D.grid, { query: { filter: { search: text } } })).directory;
  const queueNames = async () => (await ok(staff, D.queue)).directoryReviewQueue.nodes.map((n: any) => n.name) as string[];

  it('submission → email confirmation → staff review → public, with the submitter told at each step', async () => {
    const listing = draft();
    const email = uniqueEmail('webteam');
    const res = await ok(guest, D.submit, { input: { ...listing, submitterEmail: email } });
    expect(res.submitDirectoryListing).toEqual({ status: 'UNCONFIRMED', organizationName: listing.name });

    // Unconfirmed: neither public nor in the queue.
    expect((await search(listing.name)).totalCount).toBe(0);
    expect(await queueNames()).not.toContain(listing.name);
    const [confirmMail] = await t.mailbox.waitFor(email, { subject: /confirm/i });
    expect(confirmMail.text).toContain(listing.name);

    const token = linkToken(confirmMail, '/directory/confirm/');
    expect((await ok(guest, D.confirm, { token })).confirmDirectorySubmission).toEqual({ status: 'PENDING', organizationName: listing.name });
    // A second click is harmless and says where it stands.
    expect((await ok(guest, D.confirm, { token })).confirmDirectorySubmission.status).toBe('PENDING');

    const queued = (await ok(staff, D.queue)).directoryReviewQueue.nodes.find((n: any) => n.name === listing.name);
    expect(queued).toMatchObject({ kind: 'NEW', status: 'PENDING', submitterEmail: email, countryCode: 'US', websiteDomain: expect.stringMatching(/^harborlight-/), currentListing: null });
    expect((await search(listing.name)).totalCount).toBe(0);

    const approved = (await ok(staff, D.approve, { id: queued.id })).approveDirectorySubmission;
    expect(approved).toMatchObject({ name: listing.name, type: 'HOSPITAL', countryName: 'United States of America', accounts: [{ platform: 'FACEBOOK' }, { platform: 'X' }] });
    const grid = await search(listing.name);
    expect(grid.nodes.map((n: any) => n.id)).toEqual([approved.id]);
    expect(await queueNames()).not.toContain(listing.name);

    const [approvedMail] = await t.mailbox.waitFor(email, { subject: /now on the Health Care Social Media List/ });
    expect(approvedMail.text).toMatch(/\/directory\/edit\//);

    // Decided once: a second approval is refused and changes nothing.
    expect((await fail(staff, D.approve, { id: queued.id })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVIEWED' });
    expect((await db.query(`select count(*)::int as n from directory_organizations where name = $1`, [listing.name]))[0].n).toBe(1);
  });

  it('rejection keeps the entry off the list and emails the reason', async () => {
    const listing = draft();
    const { email, token } = await w.submit(listing);
    await ok(guest, D.confirm, { token });
    const id = await w.submissionId(listing.name);
    expect((await fail(staff, D.reject, { id, reason: ' ' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_REASON' });
    const rejected = (await ok(staff, D.reject, { id, reason: 'The accounts listed belong to a physician, not the hospital.' })).rejectDirectorySubmission;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectReason: 'The accounts listed belong to a physician, not the hospital.' });
    const [mail] = await t.mailbox.waitFor(email, { subject: /not approved/ });
    expect(mail.text).toContain('belong to a physician');
    expect((await search(listing.name)).totalCount).toBe(0);
    expect((await fail(staff, D.approve, { id })).extensions).toMatchObject({ reason: 'ALREADY_REVIEWED' });
  });

  it('shows likely duplicates (same website domain, or the same name) side by side in the queue', async () => {
    const r = rnd();
    const { listing } = await w.listed(staff, draft({ name: `Springfield General ${r} Hospital`, website: `https://www.springfield-${r}.example.org/` }));
    // Same domain (www. dropped), name written differently.
    const again = draft({ name: `The Springfield General ${r} Hospital, Inc.`, website: `springfield-${r}.example.org/about` });
    await ok(guest, D.confirm, { token: (await w.submit(again)).token });
    // Same name key, other domain, still pending.
    const third = draft({ name: `Springfield General ${r} Medical Center`, website: `https://sgh-${r}.example.net` });
    await ok(guest, D.confirm, { token: (await w.submit(third)).token });
    const unrelated = draft();
    await ok(guest, D.confirm, { token: (await w.submit(unrelated)).token });

    const nodes = (await ok(staff, D.queue)).directoryReviewQueue.nodes;
    const byName = (name: string) => nodes.find((n: any) => n.name === name);
    const dupes = byName(again.name).duplicates;
    expect(dupes).toEqual(
      expect.arrayContaining([
        { source: 'LISTED', matchedOn: ['WEBSITE', 'NAME'], id: listing.id, name: listing.name, websiteDomain: `springfield-${r}.example.org` },
        expect.objectContaining({ source: 'PENDING', matchedOn: ['NAME'], name: third.name }),
      ]),
    );
    expect(dupes).toHaveLength(2);
    expect(byName(third.name).duplicates.map((d: any) => d.name).sort()).toEqual([again.name, listing.name].sort());
    expect(byName(unrelated.name).duplicates).toEqual([]);
  });

  it('updates through the edit link are reviewed again; the approved version stays public meanwhile', async () => {
    const original = draft();
    const { listing, email, editToken } = await w.listed(staff, original);

    const form = (await ok(guest, D.editForm, { token: editToken })).directoryEditForm;
    expect(form).toMatchObject({ updatePending: false, listing: { id: listing.id, name: original.name } });

    const changed = { ...original, name: `${original.name} Health`, city: 'Orlando', accounts: [...original.accounts, { platform: 'YOUTUBE', url: 'https://www.youtube.com/@harborlight' }] };
    const first = { ...changed, city: 'Miami' };
    expect((await ok(guest, D.update, { token: editToken, input: first })).updateDirectoryListing).toEqual({ status: 'PENDING', organizationName: first.name });
    // A newer update replaces the one still waiting.
    await ok(guest, D.update, { token: editToken, input: changed });
    expect((await ok(guest, D.editForm, { token: editToken })).directoryEditForm.updatePending).toBe(true);

    const updates = (await ok(staff, D.queue)).directoryReviewQueue.nodes.filter((n: any) => n.listingId === listing.id);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ kind: 'UPDATE', city: 'Orlando', submitterEmail: email, currentListing: { id: listing.id, name: original.name, city: 'Jacksonville' }, duplicates: [] });

    // Still the approved version in public.
    const before = (await search(original.name)).nodes.find((n: any) => n.id === listing.id);
    expect(before).toMatchObject({ name: original.name, city: 'Jacksonville' });
    expect(before.accounts).toHaveLength(2);

    await ok(staff, D.approve, { id: updates[0].id });
    const after = (await search(changed.name)).nodes;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: listing.id, name: changed.name, city: 'Orlando' });
    expect(after[0].accounts.map((a: any) => a.platform)).toEqual(['FACEBOOK', 'X', 'YOUTUBE']);
    await t.mailbox.waitFor(email, { subject: /Your update to .* is live/ });

    // Filters see the new platform.
    expect((await ok(guest, D.grid, { query: { filter: { search: changed.name, platforms: ['YOUTUBE'] } } })).directory.totalCount).toBe(1);
  });

  it('refuses tampered, wrong-purpose and expired links, changing nothing', async () => {
    const { listing, editToken } = await w.listed(staff, draft());
    const before = await db.snapshot();
    const input = draft();
    const tampered = editToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await fail(guest, D.editForm, { token: tampered })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_INVALID' });
    expect((await fail(guest, D.update, { token: tampered, input })).extensions).toMatchObject({ reason: 'LINK_INVALID' });
    expect((await fail(guest, D.update, { token: 'garbage', input })).extensions).toMatchObject({ reason: 'LINK_INVALID' });
    // A confirmation token cannot open the edit form of the same id.
    expect((await fail(guest, D.editForm, { token: forgeToken('confirm', listing.id, Math.floor(Date.now() / 1000) + 3600) })).extensions).toMatchObject({ reason: 'LINK_INVALID' });
    const expired = forgeToken('edit', listing.id, Math.floor(Date.now() / 1000) - 60);
    expect((await fail(guest, D.update, { token: expired, input })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_EXPIRED' });
    expect((await fail(guest, D.confirm, { token: forgeToken('confirm', listing.id, Math.floor(Date.now() / 1000) - 60) })).extensions).toMatchObject({ reason: 'LINK_EXPIRED' });
    expect(await db.snapshot()).toEqual(before);
  });

  it('staff take a listing off the list with a reason the submitter receives; nobody else can', async () => {
    const { listing, email, editToken } = await w.listed(staff, draft());
    for (const [client, code] of [[guest, 'UNAUTHENTICATED'], [member, 'FORBIDDEN']] as const) {
      expect((await fail(client, D.remove, { id: listing.id, reason: 'Closed in 2025.' })).extensions?.code).toBe(code);
    }
    expect((await search(listing.name)).totalCount).toBe(1);
    expect((await fail(staff, D.remove, { id: listing.id, reason: '' })).extensions).toMatchObject({ reason: 'INVALID_REASON' });
    expect((await ok(staff, D.remove, { id: listing.id, reason: 'The hospital closed in 2025.' })).removeDirectoryListing).toBe(true);
    expect((await search(listing.name)).totalCount).toBe(0);
    const csv = await request(t.app.getHttpServer()).get(`/directory/export.csv?q=${encodeURIComponent(listing.name)}`);
    expect(parse(csv.text, { bom: true })).toHaveLength(1); // the header only
    const [mail] = await t.mailbox.waitFor(email, { subject: /was removed/ });
    expect(mail.text).toContain('The hospital closed in 2025.');
    // Its edit link no longer opens anything, and a second removal finds nothing.
    expect((await fail(guest, D.editForm, { token: editToken })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'LISTING_NOT_FOUND' });
    expect((await fail(staff, D.remove, { id: listing.id, reason: 'Again.' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deletes unconfirmed submissions once their link has expired, keeping everything else', async () => {
    const stale = draft();
    const fresh = draft();
    const waiting = draft();
    await w.submit(stale);
    await w.submit(fresh);
    await ok(guest, D.confirm, { token: (await w.submit(waiting)).token });
    await db.query(`update directory_submissions set created_at = now() - interval '49 hours' where name = any($1)`, [[stale.name, waiting.name]]);
    const deleted = await t.app.get(DirectoryCleanupService).run();
    expect(deleted).toBeGreaterThanOrEqual(1);
    const left = await db.query<{ name: string; status: string }>(`select name, status from directory_submissions where name = any($1) order by name`, [[stale.name, fresh.name, waiting.name]]);
    expect(left.map((r) => r.name).sort()).toEqual([fresh.name, waiting.name].sort());
  });

  it('emails fresh edit links to the submitter only, answering the same either way', async () => {
    const { email, listing } = await w.listed(staff, draft());
    expect((await ok(guest, D.requestLinks, { email: email.toUpperCase() })).requestDirectoryEditLinks).toBe(true);
    const [mail] = await t.mailbox.waitFor(email, { subject: /edit links/ });
    expect(mail.text).toContain(listing.name);
    const token = linkToken(mail, '/directory/edit/');
    expect((await ok(guest, D.editForm, { token })).directoryEditForm.listing.id).toBe(listing.id);
    const stranger = uniqueEmail('stranger');
    expect((await ok(guest, D.requestLinks, { email: stranger })).requestDirectoryEditLinks).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await t.mailbox.for(stranger)).toHaveLength(0);
  });

  describe('grid: filters, counts, sort, paging, search and CSV', () => {
    const tag = `zq${rnd()}${rnd()}`;
    const rows: [string, string, string, string[]][] = [
      [`Alder ${tag} Hospital`, 'hospital', 'US', ['facebook', 'x']],
      [`Birch ${tag} Clinic`, 'clinic', 'US', ['instagram']],
      [`Cedar ${tag} Clinic`, 'clinic', 'CA', ['facebook', 'youtube']],
      [`Dogwood ${tag} Association`, 'association', 'GB', ['x', 'linkedin']],
      [`Elm ${tag} Hospital`, 'hospital', 'CA', ['facebook']],
      [`=HYPERLINK("http://evil.example") ${tag}`, 'company', 'DE', ['blog']],
    ];

    beforeAll(async () => {
      // Arranged in SQL: the grid's behaviour, not the submission flow, is under test here.
      for (const [i, [name, type, country, platforms]] of rows.entries()) {
        const accounts = platforms.map((p) => ({ platform: p, url: p === 'blog' ? `https://blog.o${i}.example.org/` : `https://www.${p === 'x' ? 'x' : p}.com/o${i}${tag}` }));
        await db.query(
          `insert into directory_organizations (name, name_key, type, country, region, city, website, website_domain, accounts, platforms, submitter_email, updated_at)
           values ($1, $1, $2, $3, null, 'Town', $4, $5, $6, $7, 'hidden@example.org', now() - make_interval(days => $8))`,
          [name, type, country, `https://o${i}-${tag}.example.org/`, `o${i}-${tag}.example.org`, JSON.stringify(accounts), platforms, i],
        );
      }
    });

    const grid = async (query: Record<string, unknown>) => (await ok(guest, D.grid, { query: { ...query, filter: { search: tag, ...((query.filter as object) ?? {}) } } })).directory;
    const counts = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map((f) => [f.value, f.count]));

    it('searches with PostgreSQL prefixes and counts every facet', async () => {
      const all = await grid({});
      expect(all.totalCount).toBe(6);
      expect(counts(all.facets.countries)).toEqual({ US: 2, CA: 2, GB: 1, DE: 1 });
      expect(counts(all.facets.types)).toEqual({ hospital: 2, clinic: 2, association: 1, company: 1 });
      expect(counts(all.facets.platforms)).toEqual({ facebook: 3, x: 2, instagram: 1, youtube: 1, linkedin: 1, blog: 1 });
      expect(all.facets.countries.find((c: any) => c.value === 'GB').label).toBe('United Kingdom');
      // Prefixes of several words, in any order.
      expect((await grid({ filter: { search: `${tag.slice(0, 6)} ced` } })).nodes.map((n: any) => n.name)).toEqual([`Cedar ${tag} Clinic`]);
      // Punctuation cannot break the query.
      expect((await grid({ filter: { search: `${tag} & | ! ( ) :*` } })).totalCount).toBe(6);
    });

    it('filters: values within a facet are OR-ed, facets AND-ed; each facet counts under the others', async () => {
      const page = await grid({ filter: { countries: ['CA', 'us'], types: ['CLINIC'] } });
      expect(page.nodes.map((n: any) => n.name).sort()).toEqual([`Birch ${tag} Clinic`, `Cedar ${tag} Clinic`]);
      // Countries counted with the type filter only; types with the country filter only.
      expect(counts(page.facets.countries)).toEqual({ US: 1, CA: 1 });
      expect(counts(page.facets.types)).toEqual({ hospital: 2, clinic: 2 });
      expect(counts(page.facets.platforms)).toEqual({ instagram: 1, facebook: 1, youtube: 1 });
      const byPlatform = await grid({ filter: { platforms: ['X', 'YOUTUBE'] } });
      expect(byPlatform.nodes.map((n: any) => n.name).sort()).toEqual([`Alder ${tag} Hospital`, `Cedar ${tag} Clinic`, `Dogwood ${tag} Association`]);
    });

    it('sorts by name, country name and recency, and pages', async () => {
      const names = async (sort: string) => (await grid({ sort, limit: 10 })).nodes.map((n: any) => n.name.split(' ')[0]);
      expect(await names('NAME')).toEqual(['=HYPERLINK("http://evil.example")', 'Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm']);
      // Canada, Germany, United Kingdom…, United States…
      expect(await names('COUNTRY')).toEqual(['Cedar', 'Elm', '=HYPERLINK("http://evil.example")', 'Dogwood', 'Alder', 'Birch']);
      expect(await names('RECENT')).toEqual(['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', '=HYPERLINK("http://evil.example")']);
      const second = await grid({ sort: 'NAME', offset: 2, limit: 2 });
      expect(second).toMatchObject({ totalCount: 6, offset: 2, limit: 2 });
      expect(second.nodes.map((n: any) => n.name.split(' ')[0])).toEqual(['Birch', 'Cedar']);
      expect((await fail(guest, D.grid, { query: { limit: 1000 } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' });
    });

    it('exports exactly what the filter shows as CSV (every matching row, in grid order, formulas neutralised)', async () => {
      const query = { sort: 'COUNTRY', limit: 2, filter: { countries: ['CA', 'DE', 'US'], platforms: ['FACEBOOK', 'BLOG', 'INSTAGRAM'] } };
      const page = await grid(query);
      expect(page.totalCount).toBe(5);
      const res = await request(t.app.getHttpServer()).get(page.exportPath);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/attachment/);
      const records: string[][] = parse(res.text, { bom: true });
      expect(records[0]).toEqual(['Name', 'Type', 'Country', 'Country code', 'Region', 'City', 'Website', 'Facebook', 'X (Twitter)', 'YouTube', 'LinkedIn', 'Instagram', 'TikTok', 'Blog', 'Podcast', 'Other', 'Last updated']);
      const all = await grid({ ...query, limit: 100 });
      expect(records.slice(1).map((r) => r[0])).toEqual(all.nodes.map((n: any) => (n.name.startsWith('=') ? `'${n.name}` : n.name)));
      const cedar = records.find((r) => r[0].startsWith('Cedar'))!;
      expect(cedar.slice(1, 4)).toEqual(['Clinic', 'Canada', 'CA']);
      expect(cedar[7]).toMatch(/^https:\/\/www\.facebook\.com\//);
      expect(cedar[9]).toMatch(/^https:\/\/www\.youtube\.com\//);
      expect(res.text).not.toContain('hidden@example.org');

      const bad = await request(t.app.getHttpServer()).get('/directory/export.csv?country=Narnia');
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_COUNTRY' });
    });

    it('lets search engines index the grid and the form, not the review queue or the emailed links’ pages', async () => {
      const server = t.app.getHttpServer();
      expect((await request(server).get('/directory')).headers['x-robots-tag']).toBeUndefined();
      expect((await request(server).get('/directory/submit')).headers['x-robots-tag']).toBeUndefined();
      expect((await request(server).get('/graphql?query={__typename}').set('apollo-require-preflight', '1')).headers['x-robots-tag']).toMatch(/noindex/);
      // Pages behind emailed links and the staff queue stay out of search engines.
      for (const path of ['/directory/review', '/directory/edit/some-token', '/directory/confirm/some-token']) {
        expect((await request(server).get(path)).headers['x-robots-tag']).toMatch(/noindex/);
      }
    });
  });

  describe('access', () => {
    let pendingId: string;
    let pendingEmail: string;
    beforeAll(async () => {
      const listing = draft();
      const { token, email } = await w.submit(listing);
      await ok(guest, D.confirm, { token });
      pendingId = await w.submissionId(listing.name);
      pendingEmail = email;
    });

    it.each([
      ['a guest', () => guest, 'UNAUTHENTICATED'],
      ['a signed-in moderator who is not staff', () => member, 'FORBIDDEN'],
    ])('%s cannot see the queue, a submission or its email, nor decide it', async (_who, client, code) => {
      for (const [query, vars] of [
        [D.queue, {}],
        [D.submission, { id: pendingId }],
        [D.approve, { id: pendingId }],
        [D.reject, { id: pendingId, reason: 'Not a health-care organization.' }],
      ] as const) {
        const res = await client().gql(query, vars);
        expect(res.data).toBeNull();
        expect(res.errors?.[0].extensions?.code).toBe(code);
        expect(JSON.stringify(res)).not.toContain(pendingEmail);
      }
      expect((await db.query(`select status from directory_submissions where id = $1`, [pendingId]))[0].status).toBe('pending');
    });

    it('never exposes submitters’ emails or pending versions publicly', async () => {
      // The public type has no such field at all.
      const res = await guest.gql(`{ directory { nodes { submitterEmail } } }`);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // No arguments at all: the first page, by name.
      expect((await ok(guest, `{ directory { totalCount limit offset nodes { id } } }`)).directory).toMatchObject({ limit: 24, offset: 0 });
      const page = await ok(guest, D.grid, { query: { limit: 100 } });
      expect(page.directory.totalCount).toBeGreaterThan(5);
      expect(JSON.stringify(page)).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(JSON.stringify(page)).not.toMatch(/webteam|hidden@example\.org/);
      // Unconfirmed submissions are not reviewable, even by staff.
      const listing = draft();
      await w.submit(listing);
      const unconfirmedId = await w.submissionId(listing.name);
      expect((await fail(staff, D.submission, { id: unconfirmedId })).extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect((await fail(staff, D.approve, { id: unconfirmedId })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('bad input: a clear code, nothing written, no email', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['an invalid account URL', { accounts: [{ platform: 'FACEBOOK', url: 'javascript:alert(1)' }] }, 'INVALID_URL', 'accounts.0.url'],
      ['a URL not on its platform', { accounts: [{ platform: 'X', url: 'https://x.com/ok' }, { platform: 'INSTAGRAM', url: 'https://www.facebook.com/not-instagram' }] }, 'URL_NOT_ON_PLATFORM', 'accounts.1.url'],
      ['a look-alike host', { accounts: [{ platform: 'FACEBOOK', url: 'https://facebook.com.evil.example/page' }] }, 'URL_NOT_ON_PLATFORM', 'accounts.0.url'],
      ['an unknown country', { countryCode: 'XX' }, 'UNKNOWN_COUNTRY', 'country'],
      ['a country name instead of a code', { countryCode: 'USA' }, 'UNKNOWN_COUNTRY', 'country'],
      ['an invalid website', { website: 'not a website' }, 'INVALID_WEBSITE', 'website'],
      ['no accounts', { accounts: [] }, 'NO_ACCOUNTS', 'accounts'],
      ['an oversized name', { name: 'N'.repeat(201) }, 'VALIDATION_FAILED', 'name'],
      ['an oversized city', { city: 'C'.repeat(101) }, 'VALIDATION_FAILED', 'city'],
      ['an oversized URL', { accounts: [{ platform: 'BLOG', url: `https://blog.example.org/${'a'.repeat(600)}` }] }, 'VALIDATION_FAILED', 'accounts.0.url'],
      ['control characters', { name: 'Bad\u0007Name' }, 'VALIDATION_FAILED', 'name'],
      ['an invalid email', { submitterEmail: 'not-an-email' }, 'INVALID_EMAIL', 'submitterEmail'],
    ];
    it.each(cases)('%s', async (_label, patch, reason, field) => {
      const before = await db.snapshot();
      const input = { ...draft(), submitterEmail: uniqueEmail('bad'), ...patch };
      const res = await guest.gql(D.submit, { input });
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(Object.keys(res.errors?.[0].extensions?.fields ?? {})).toContain(field);
      expect(res.errors?.[0].message).not.toMatch(/stack|select|insert|at .*\.ts/i);
      expect(await db.snapshot()).toEqual(before);
    });

    it('an unknown platform or type is refused by the schema', async () => {
      const res = await guest.gql(D.submit, { input: { ...draft(), submitterEmail: uniqueEmail(), accounts: [{ platform: 'MYSPACE', url: 'https://myspace.com/x' }] } });
      expect(res.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      const filter = await guest.gql(D.grid, { query: { filter: { countries: ['Narnia'] } } });
      expect(filter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_COUNTRY' });
    });

    it('a bad update through the edit link leaves the listing and the queue as they were', async () => {
      const { editToken } = await w.listed(staff, draft());
      const before = await db.snapshot();
      const res = await guest.gql(D.update, { token: editToken, input: { ...draft(), accounts: [{ platform: 'TIKTOK', url: 'https://www.youtube.com/@x' }] } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'URL_NOT_ON_PLATFORM' });
      expect(await db.snapshot()).toEqual(before);
    });
  });

  describe('concurrency', () => {
    it('two staff approving the same submission at once publish it once', async () => {
      const other = t.client();
      await logIn(other, (await db.createUser({ roles: ['member', 'staff'] })).email);
      for (let round = 0; round < 3; round++) {
        const listing = draft();
        await ok(guest, D.confirm, { token: (await w.submit(listing)).token });
        const id = await w.submissionId(listing.name);
        const results = await Promise.all([staff.gql(D.approve, { id }), other.gql(D.approve, { id })]);
        expect(results.filter((r) => !r.errors).length).toBe(1);
        expect(results.find((r) => r.errors)?.errors?.[0].extensions?.reason).toBe('ALREADY_REVIEWED');
        expect((await db.query(`select count(*)::int as n from directory_organizations where name = $1`, [listing.name]))[0].n).toBe(1);
      }
    });

    it('control: without the row lock two reviewers both see the submission pending; with it the second sees the first decision', async () => {
      const listing = draft();
      await ok(guest, D.confirm, { token: (await w.submit(listing)).token });
      const id = await w.submissionId(listing.name);
      const [a, b] = [new Client({ connectionString: process.env.TEST_DATABASE_URL }), new Client({ connectionString: process.env.TEST_DATABASE_URL })];
      await Promise.all([a.connect(), b.connect()]);
      try {
        const status = (c: Client, lock: string) => c.query(`select status from directory_submissions where id = $1 ${lock}`, [id]).then((r) => r.rows[0].status);
        await Promise.all([a.query('begin'), b.query('begin')]);
        // The race the lock prevents: both read "pending" and would both publish.
        expect([await status(a, ''), await status(b, '')]).toEqual(['pending', 'pending']);
        await Promise.all([a.query('rollback'), b.query('rollback')]);

        // With the app's lock the second reviewer waits and then sees the first decision.
        await Promise.all([a.query('begin'), b.query('begin')]);
        expect(await status(a, 'for update')).toBe('pending');
        const third = status(b, 'for update');
        await a.query(`update directory_submissions set status = 'approved' where id = $1`, [id]);
        await a.query('commit');
        expect(await third).toBe('approved');
        await b.query('rollback');
      } finally {
        await Promise.all([a.end(), b.end()]);
      }
    });

    it('concurrent updates through one edit link leave exactly one waiting for review', async () => {
      const { listing, editToken } = await w.listed(staff, draft());
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => guest.gql(D.update, { token: editToken, input: draft({ name: `Concurrent ${i} ${rnd()}` }) })));
      expect(results.every((r) => !r.errors)).toBe(true);
      const open = await db.query(`select count(*)::int as n from directory_submissions where organization_id = $1 and status = 'pending'`, [listing.id]);
      expect(open[0].n).toBe(1);
    });
  });
});

describe('directory submission rate limit', () => {
  let t: TestApp;
  let db: TestDb;
  beforeAll(async () => {
    t = await startTestApp({ DIRECTORY_SUBMISSIONS_PER_IP_PER_HOUR: '3' });
    db = await new TestDb().connect();
    await db.query(`delete from rate_limits where key like 'ds:%'`);
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  it('refuses the fourth submission from one address within the hour, writing nothing', async () => {
    const client = t.client();
    for (let i = 0; i < 3; i++) await ok(client, D.submit, { input: { ...draft(), submitterEmail: uniqueEmail() } });
    const before = await db.snapshot();
    const res = await client.gql(D.submit, { input: { ...draft(), submitterEmail: uniqueEmail() } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_SUBMISSIONS', retryAfterSeconds: expect.any(Number) });
    expect(await db.snapshot()).toEqual(before);
  });
});
