import { readIcs } from '../../utils/ics-reader';
import type { TestDb } from '../../utils/fixtures';
import { eventsSuite, EventsWorld, fail, MADE_UP_ID, ok } from '../../utils/events-fixtures';
import type { TestApp } from '../../utils/test-app';
import { register, RQ, self } from './registration-fixtures';

/** The personal agenda (clash warnings across parallel tracks) and the events in calendar feeds. */
describe('personal agenda and calendar feeds', () => {
  const suite = eventsSuite();
  let t: TestApp;
  let db: TestDb;
  let w: EventsWorld;
  beforeAll(() => {
    ({ t, db, w } = suite);
  });

  async function conference() {
    const event = await w.event({ title: `Annual Conference ${Date.now()}`, startsAt: new Date('2027-11-14T13:00:00Z'), endsAt: new Date('2027-11-15T22:00:00Z') });
    const add = async (title: string, track: string | null, from: string, to: string) =>
      (await db.query(`insert into event_sessions (event_id, type, title, track, room, starts_at, ends_at) values ($1, $2, $3, $4, 'Room 1', $5, $6) returning id`, [event.id, track ? 'case_study' : 'keynote', title, track, from, to]))[0].id as string;
    const keynote = await add('Opening keynote', null, '2027-11-14T14:00:00Z', '2027-11-14T15:00:00Z');
    const a = await add('Case study: Instagram at a children’s hospital', 'Track A', '2027-11-14T15:30:00Z', '2027-11-14T16:15:00Z');
    const b = await add('Case study: a physician’s podcast', 'Track B', '2027-11-14T15:30:00Z', '2027-11-14T16:15:00Z');
    const c = await add('Case study: crisis posts during a hurricane', 'Track C', '2027-11-14T16:00:00Z', '2027-11-14T16:45:00Z');
    const ticket = await w.ticket(event.id);
    return { event, ticket, keynote, a, b, c };
  }

  it('an attendee builds an agenda; a parallel session is allowed with a warning naming the clash', async () => {
    const { event, ticket, keynote, a, b, c } = await conference();
    const member = await w.member();
    await register(w, member, ticket, { attendees: [self(member)] });

    expect((await ok(member.client, RQ.choose, { id: keynote })).chooseAgendaSession).toMatchObject({ warning: null, clashesWith: [] });
    expect((await ok(member.client, RQ.choose, { id: a })).chooseAgendaSession.warning).toBeNull();
    const clash = (await ok(member.client, RQ.choose, { id: b })).chooseAgendaSession;
    expect(clash.clashesWith.map((s: any) => s.id)).toEqual([a]);
    expect(clash.warning).toBe('Case study: a physician’s podcast overlaps Case study: Instagram at a children’s hospital, which you also chose.');
    const partly = (await ok(member.client, RQ.choose, { id: c })).chooseAgendaSession;
    expect(partly.clashesWith.map((s: any) => s.id).sort()).toEqual([a, b].sort());

    const { myAgenda } = await ok(member.client, RQ.agenda, { eventId: event.id });
    expect(myAgenda.sessions.map((s: any) => s.id)).toEqual([keynote, a, b, c]);
    expect(myAgenda.clashes).toEqual(expect.arrayContaining([{ sessionId: a, clashesWith: expect.arrayContaining([b, c]) }]));
    // Choosing again changes nothing; removing drops it.
    await ok(member.client, RQ.choose, { id: b });
    expect((await ok(member.client, RQ.unchoose, { id: b })).removeAgendaSession.sessions.map((s: any) => s.id)).toEqual([keynote, a, c]);
  });

  it('only attendees with a confirmed seat have an agenda; others get a clear code and see nothing', async () => {
    const { event, a } = await conference();
    const outsider = await w.member();
    const before = (await db.query(`select count(*)::int as n from agenda_choices`))[0].n;
    expect((await fail(outsider.client, RQ.choose, { id: a })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_REGISTERED' });
    expect((await fail(outsider.client, RQ.agenda, { eventId: event.id })).extensions?.reason).toBe('NOT_REGISTERED');
    expect((await fail(outsider.client, RQ.choose, { id: MADE_UP_ID })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SESSION_NOT_FOUND' });
    expect((await fail(w.visitor(), RQ.choose, { id: a })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await db.query(`select count(*)::int as n from agenda_choices`))[0].n).toBe(before);
  });

  it('the personal feed has the registration under the invite’s UID and the chosen sessions; the public feed lists published events without join links', async () => {
    const { ticket, a } = await conference();
    const member = await w.member();
    const order = await register(w, member, ticket, { attendees: [self(member)] });
    await ok(member.client, RQ.choose, { id: a });
    const joinUrl = `https://meet.example.org/secret-${Date.now()}`;
    const webinar = await w.event({ kind: 'webinar', title: `Webinar ${Date.now()}`, joinUrl });
    await register(w, member, await w.ticket(webinar.id, { listPriceCents: 0, capacity: null, inPerson: false }), { attendees: [self(member)] });
    await w.event({ status: 'draft', title: `Draft ${Date.now()}` });

    const { myCalendarFeed } = await ok(member.client, `{ myCalendarFeed { httpsUrl } }`);
    const res = await fetch(myCalendarFeed.httpsUrl);
    const feed = readIcs(await res.text());
    const [uid] = (await db.query(`select ics_uid from registrations where order_id = $1`, [order.id])).map((r) => r.ics_uid);
    const seat = feed.events.find((e) => e.uid === uid);
    expect(seat).toMatchObject({ summary: expect.stringMatching(/^Annual Conference/), tzid: 'America/New_York', localStart: '2027-11-14T08:00:00', sequence: 0 });
    expect(feed.events.find((e) => e.uid.startsWith('agenda-'))).toMatchObject({ summary: expect.stringContaining('Instagram'), localStart: '2027-11-14T10:30:00' });
    expect(feed.events.find((e) => e.description?.includes(joinUrl))).toBeDefined();

    const publicFeed = readIcs(await (await fetch(`${t.baseUrl}/ics/public.ics`)).text());
    const titles = publicFeed.events.map((e) => e.summary);
    expect(titles).toEqual(expect.arrayContaining([expect.stringMatching(/^Webinar/), expect.stringMatching(/^Annual Conference/)]));
    expect(titles.some((x) => x.startsWith('Draft'))).toBe(false);
    expect(JSON.stringify(publicFeed)).not.toContain(joinUrl);

    // One entry as a download, for its attendee only (anyone else: the same 404 as a made-up UID).
    const item = await fetch(`${t.baseUrl}/ics/item/${encodeURIComponent(uid)}.ics`, { headers: { cookie: member.cookie } });
    expect(item.status).toBe(200);
    expect(readIcs(await item.text()).events.map((e) => e.uid)).toEqual([uid]);
    const stranger = await w.member();
    const theirs = await fetch(`${t.baseUrl}/ics/item/${encodeURIComponent(uid)}.ics`, { headers: { cookie: stranger.cookie } });
    const madeUp = await fetch(`${t.baseUrl}/ics/item/${encodeURIComponent('nothing@here')}.ics`, { headers: { cookie: stranger.cookie } });
    expect([theirs.status, await theirs.text()]).toEqual([madeUp.status, await madeUp.text()]);
    expect(theirs.status).toBe(404);

    // A cancelled seat leaves the feed.
    await ok(member.client, RQ.cancel, { id: (await db.query(`select id from registrations where order_id = $1`, [order.id]))[0].id });
    const after = readIcs(await (await fetch(myCalendarFeed.httpsUrl)).text());
    expect(after.events.some((e) => e.uid === uid || e.uid.startsWith('agenda-'))).toBe(false);
  });
});
