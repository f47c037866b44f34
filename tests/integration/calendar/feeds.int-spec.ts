import request from 'supertest';
import { TestDb } from '../../utils/fixtures';
import { fail, ForumWorld, Member, ok, shape } from '../../utils/forum-fixtures';
import { C, ConsultationWorld, Expert, EXPERT_ZONE, icsOf, inviteMail } from '../../utils/consultation-fixtures';
import { readIcs } from '../../utils/ics-reader';
import { startTestApp, TestApp } from '../../utils/test-app';

/** Personal feeds by secret token, the public feed, single .ics downloads, ETag/304, revocation. */
describe('calendar feeds', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let cw: ConsultationWorld;
  let expert: Expert;
  let member: Member;
  let other: Member;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    cw = new ConsultationWorld(w);
    expert = await cw.expert({ displayName: 'Feed Expert' });
    member = await cw.member({ premium: true, displayName: 'Feed Member' });
    other = await cw.member({ premium: true, displayName: 'Other Member' });
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  const http = () => request(t.app.getHttpServer());
  const path = (url: string) => new URL(url).pathname;

  it('gives a member https, webcal and Google links; visitors get SIGN_IN_REQUIRED', async () => {
    const links = (await ok(member.client, C.feed)).myCalendarFeed;
    expect(links.httpsUrl).toMatch(new RegExp(`^${t.baseUrl}/ics/feed/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(links.webcalUrl).toBe(links.httpsUrl.replace(/^http:\/\//, 'webcal://'));
    expect(links.googleUrl).toBe(`https://calendar.google.com/calendar/render?cid=${encodeURIComponent(links.webcalUrl)}`);
    expect(links.publicHttpsUrl).toBe(`${t.baseUrl}/ics/public.ics`);
    // Asking again gives the same feed.
    expect((await ok(member.client, C.feed)).myCalendarFeed.httpsUrl).toBe(links.httpsUrl);
    expect(shape(await fail(t.client(), C.feed))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('holds the member’s and the expert’s consultations with the invite’s UID and times; others’ feeds do not', async () => {
    const [slot] = await cw.slots(member.client, expert.typeId, 'Europe/Berlin', 3, 1);
    const booked = await cw.book(member, expert.typeId, slot.start, 'A confidential question about our board policy');
    const invite = icsOf(await inviteMail(t.mailbox, member.email, /Consultation booked/, booked.icsUid));

    const memberFeed = (await ok(member.client, C.feed)).myCalendarFeed.httpsUrl;
    const res = await http().get(path(memberFeed));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    const feed = readIcs(res.text);
    expect(feed).toMatchObject({ name: 'Confer — Feed Member', refreshInterval: 'PT1H', publishedTtl: 'PT1H', method: null });
    expect(feed.timezones).toEqual([EXPERT_ZONE]);
    expect(feed.events).toHaveLength(1);
    const [event] = feed.events;
    expect(event).toMatchObject({ uid: booked.icsUid, sequence: 0, startUtc: slot.start, endUtc: slot.end, tzid: EXPERT_ZONE });
    expect(event.uid).toBe(invite.events[0].uid);
    const [{ updated_at }] = await db.query(`select updated_at from consultations where id = $1`, [booked.id]);
    expect(event.dtstampRaw).toBe(new Date(updated_at).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
    // Never the intake answer (nor any other private text).
    expect(res.text).not.toContain('confidential question');

    const expertFeed = readIcs((await http().get(path((await ok(expert.client, C.feed)).myCalendarFeed.httpsUrl))).text);
    expect(expertFeed.events.map((e) => e.uid)).toEqual([booked.icsUid]);
    const otherFeed = readIcs((await http().get(path((await ok(other.client, C.feed)).myCalendarFeed.httpsUrl))).text);
    expect(otherFeed.events).toEqual([]);
  });

  it('answers 304 to If-None-Match while nothing changed, and a new body after a reschedule', async () => {
    const url = path((await ok(member.client, C.feed)).myCalendarFeed.httpsUrl);
    const first = await http().get(url).set('Accept-Encoding', 'identity');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await http().get(url).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    expect((await http().get(url)).text).toBe(first.text); // DTSTAMP is the last change, not "now"
    // Gzipped (cached once) for clients that accept it, the same calendar once unpacked; the weak ETag still gives 304.
    const zipped = await http().get(url).set('Accept-Encoding', 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(zipped.headers.etag).toBe(`W/${etag}`);
    expect(zipped.text).toBe(first.text);
    expect((await http().get(url).set('Accept-Encoding', 'gzip').set('If-None-Match', zipped.headers.etag)).status).toBe(304);
    const plain = await http().get(url).set('Accept-Encoding', 'identity');
    expect([plain.headers['content-encoding'], plain.headers.etag]).toEqual([undefined, etag]);

    const [mine] = (await ok(member.client, C.mine)).myConsultations;
    const slots = await cw.slots(member.client, expert.typeId, 'Europe/Berlin', 5, 1);
    await ok(member.client, C.reschedule, { input: { id: mine.id, start: slots[1].start } });
    const changed = await http().get(url).set('If-None-Match', etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(readIcs(changed.text).events[0]).toMatchObject({ uid: mine.icsUid, sequence: 1, startUtc: slots[1].start });
  });

  it('regenerating the token kills the old URL at once (404) and the new one works', async () => {
    const old = path((await ok(member.client, C.feed)).myCalendarFeed.httpsUrl);
    expect((await http().get(old)).status).toBe(200);
    const fresh = (await ok(member.client, C.regenerate)).regenerateCalendarFeed;
    expect(path(fresh.httpsUrl)).not.toBe(old);
    const gone = await http().get(old);
    expect(gone.status).toBe(404);
    expect(gone.text).not.toMatch(/Feed Member/);
    expect((await http().get(path(fresh.httpsUrl))).status).toBe(200);
    expect((await http().get('/ics/feed/not-a-token.ics')).status).toBe(404);
    expect((await http().get('/ics/feed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics')).status).toBe(404);
  });

  it('downloads one consultation as .ics for its parties only', async () => {
    const [mine] = (await ok(member.client, C.mine)).myConsultations;
    const itemPath = path(mine.icsUrl);
    const asMember = await member.client.agent.get(itemPath);
    expect(asMember.status).toBe(200);
    expect(asMember.headers['content-disposition']).toMatch(/attachment/);
    const single = readIcs(asMember.text);
    expect(single.method).toBe('PUBLISH');
    expect(single.events.map((e) => e.uid)).toEqual([mine.icsUid]);
    expect((await expert.client.agent.get(itemPath)).status).toBe(200);
    const asOther = await other.client.agent.get(itemPath);
    const unknown = await other.client.agent.get('/ics/item/consultation-00000000-0000-4000-8000-000000000000@confer.ics');
    expect([asOther.status, unknown.status]).toEqual([404, 404]);
    expect(asOther.text).toBe(unknown.text);
    expect((await http().get(itemPath)).status).toBe(401);
  });

  it('serves the public feed to anyone, with its name and without personal items', async () => {
    const res = await http().get('/ics/public.ics');
    expect(res.status).toBe(200);
    const feed = readIcs(res.text);
    expect(feed.name).toBe('Confer — events');
    expect(feed.events.every((e) => !e.uid.startsWith('consultation-'))).toBe(true);
    expect((await http().get('/ics/public.ics').set('If-None-Match', res.headers.etag)).status).toBe(304);
  });

  it('serves cached bytes only while nothing in the feed changed: any change shows on the next request', async () => {
    const url = path((await ok(member.client, C.feed)).myCalendarFeed.httpsUrl);
    const [mine] = (await ok(member.client, C.mine)).myConsultations;
    const first = await http().get(url);
    expect(first.status).toBe(200);
    // Control: with nothing changed the same bytes come back under the same ETag (from the cache).
    const same = await http().get(url);
    expect([same.headers.etag, same.text]).toEqual([first.headers.etag, first.text]);
    const event = () => readIcs(lastBody).events.find((e) => e.uid === mine.icsUid);
    let lastBody = '';
    const next = async (previousEtag: string) => {
      const res = await http().get(url).set('If-None-Match', previousEtag);
      expect(res.status).toBe(200);
      expect(res.headers.etag).not.toBe(previousEtag);
      lastBody = res.text;
      return res.headers.etag as string;
    };

    // Changes that leave the booking's updated_at and SEQUENCE alone still change the feed at once.
    await db.query(`update users set display_name = 'Renamed Expert' where id = $1`, [expert.id]);
    let etag = await next(first.headers.etag);
    expect(event()?.summary).toContain('Renamed Expert');
    await db.query(`update consultations set location = 'https://meet.example.org/moved' where ics_uid = $1`, [mine.icsUid]);
    etag = await next(etag);
    expect(event()?.location).toBe('https://meet.example.org/moved');
    await db.query(`update users set display_name = 'Renamed Member' where id = $1`, [member.id]);
    etag = await next(etag);
    expect(readIcs(lastBody).name).toBe('Confer — Renamed Member');

    // A new booking appears, a cancelled one disappears.
    const slots = await cw.slots(member.client, expert.typeId, 'Europe/Berlin', 6, 1);
    const booked = await cw.book(member, expert.typeId, slots[0].start, 'Another question');
    etag = await next(etag);
    expect(readIcs(lastBody).events.map((e) => e.uid)).toEqual(expect.arrayContaining([mine.icsUid, booked.icsUid]));
    await db.query(`update consultations set status = 'cancelled' where id = $1`, [booked.id]);
    etag = await next(etag);
    expect(readIcs(lastBody).events.map((e) => e.uid)).not.toContain(booked.icsUid);

    // Back to the first values: the first bytes again (under a new ETag: the rows were written since).
    await db.query(`update users set display_name = 'Feed Expert' where id = $1`, [expert.id]);
    await db.query(`update users set display_name = 'Feed Member' where id = $1`, [member.id]);
    await db.query(`update consultations set location = $2 where ics_uid = $1`, [mine.icsUid, readIcs(first.text).events.find((e) => e.uid === mine.icsUid)!.location]);
    const back = await http().get(url).set('If-None-Match', etag);
    expect(back.status).toBe(200);
    expect(back.text).toBe(first.text);

    // A revoked token answers 404 on the very next request, cache or not.
    await ok(member.client, C.regenerate);
    expect((await http().get(url)).status).toBe(404);
  });
});
