import { createHmac, hkdfSync } from 'node:crypto';
import { TestDb } from '../../utils/fixtures';
import { fail, ForumWorld, MADE_UP_ID, Member, ok, shape } from '../../utils/forum-fixtures';
import { C, CONFERENCE_ROOM, ConsultationWorld, Expert, EXPERT_ZONE, icsOf, inviteMail, linkToken } from '../../utils/consultation-fixtures';
import { startTestApp, TestApp } from '../../utils/test-app';

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Booking, invites that update, links in emails, reminders, the expert's side, live slots. */

describe('consultations: booking and invites', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let cw: ConsultationWorld;
  let expert: Expert;
  let member: Member;
  let other: Member;
  let guest: Member;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    cw = new ConsultationWorld(w);
    expert = await cw.expert({ displayName: 'Ada Expert', topics: ['HIPAA and privacy', 'Social media policy'] });
    member = await cw.member({ premium: true, displayName: 'Berta Berlin' });
    await db.query(`update users set time_zone = 'Europe/Berlin' where id = $1`, [member.id]);
    other = await cw.member({ premium: true, displayName: 'Other Omar' });
    guest = await cw.member({ displayName: 'Gabe Guest' });
  });
  afterEach(() => w.disconnectAll());
  afterAll(async () => {
    w?.disconnectAll();
    await db?.close();
    await t?.close();
  });

  const counts = async () => (await db.query(`select (select count(*)::int from consultations) c, (select count(*)::int from mail_messages) m`))[0];

  it('lists experts to anyone, filtered by topic, without the meeting link', async () => {
    const visitor = t.client();
    const all = await ok(visitor, C.experts, {});
    const mine = all.experts.find((e: any) => e.id === expert.id);
    expect(mine).toMatchObject({ displayName: 'Ada Expert', timeZone: EXPERT_ZONE, accepting: true });
    expect(mine.consultationTypes.map((t: any) => [t.title, t.meetingUrl])).toEqual([
      ['Strategy review', null],
      ['Conference consultation', null],
    ]);
    expect((await ok(visitor, C.experts, { topic: 'hipaa and privacy' })).experts.map((e: any) => e.id)).toContain(expert.id);
    expect((await ok(visitor, C.experts, { topic: 'Knitting' })).experts.map((e: any) => e.id)).not.toContain(expert.id);
    // The expert sees their own link.
    const own = await ok(expert.client, C.expert, { id: expert.id });
    expect(own.expert.consultationTypes[0].meetingUrl).toBe('https://meet.example.org/expert');
    expect(shape(await fail(visitor, C.expert, { id: MADE_UP_ID }))).toMatchObject({ code: 'NOT_FOUND', reason: 'EXPERT_NOT_FOUND' });
    expect(shape(await fail(visitor, C.expert, { id: member.id }))).toMatchObject({ code: 'NOT_FOUND', reason: 'EXPERT_NOT_FOUND' });
  });

  it('shows slots in the viewer’s zone: 08:00 New York is 14:00 in Berlin and 18:30 in Kolkata', async () => {
    const berlin = await cw.slots(member.client, expert.typeId, 'Europe/Berlin', 3, 1);
    const kolkata = await cw.slots(member.client, expert.typeId, 'Asia/Kolkata', 3, 1);
    const first = berlin.find((s) => new Date(s.start).getTime() > Date.now() + 3 * 86_400_000)!;
    const sameInKolkata = kolkata.find((s) => s.start === first.start);
    const ny = new Intl.DateTimeFormat('en-US', { timeZone: EXPERT_ZONE, hour: 'numeric', minute: '2-digit' }).format(new Date(first.start));
    const de = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', hour: 'numeric', minute: '2-digit' }).format(new Date(first.start));
    expect(first.label).toBe(de);
    expect(sameInKolkata?.label).toBe(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Kolkata', hour: 'numeric', minute: '2-digit' }).format(new Date(first.start)));
    // Every slot is inside 08:00–20:00 New York and online (no on-site slots for an online type).
    for (const s of berlin) {
      const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: EXPERT_ZONE, hour: 'numeric', hourCycle: 'h23' }).format(new Date(s.start)));
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(20);
      expect(s.onSite).toBeNull();
    }
    expect(ny).toMatch(/AM|PM/);
    expect(shape(await fail(member.client, C.slots, { typeId: expert.typeId, tz: 'Mars/Olympus' }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TIME_ZONE' });
    // On-site type: only the conference block.
    const onSite = await cw.slots(member.client, expert.onSiteTypeId, 'America/New_York', 0, 30);
    expect(onSite.length).toBeGreaterThan(0);
    expect(onSite.every((s) => s.onSite === CONFERENCE_ROOM)).toBe(true);
  });

  it('refuses visitors, guests (join) and the expert themself, writing nothing', async () => {
    const [slot] = await cw.slots(member.client, expert.typeId);
    const before = await counts();
    const input = { typeId: expert.typeId, start: slot.start, intakeAnswer: 'Help' };
    expect(shape(await fail(t.client(), C.book, { input }))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
    const join = await fail(guest.client, C.book, { input });
    expect(shape(join)).toMatchObject({ code: 'FORBIDDEN', reason: 'PREMIUM_REQUIRED' });
    expect(join.message).toMatch(/Join/);
    expect(shape(await fail(expert.client, C.book, { input }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CANNOT_BOOK_SELF' });
    expect(await counts()).toEqual(before);
  });

  it.each<[string, (slot: string) => Record<string, unknown>, string, string]>([
    ['a start in the past', () => ({ start: new Date(Date.now() - 86_400_000).toISOString() }), 'BAD_USER_INPUT', 'SLOT_IN_PAST'],
    ['inside the minimum notice', () => ({ start: new Date(Math.ceil((Date.now() + 20 * 60_000) / 1_800_000) * 1_800_000).toISOString() }), 'BAD_USER_INPUT', 'SLOT_TOO_SOON'],
    ['beyond the horizon', () => ({ start: new Date(Date.now() + 40 * 86_400_000).toISOString() }), 'BAD_USER_INPUT', 'SLOT_TOO_FAR'],
    ['off the slot grid', (s) => ({ start: new Date(new Date(s).getTime() + 7 * 60_000).toISOString() }), 'BAD_USER_INPUT', 'SLOT_NOT_OFFERED'],
    ['a start without an offset', (s) => ({ start: s.replace(/(\.000)?Z$/, '') }), 'BAD_USER_INPUT', 'INVALID_START'],
    ['garbage as a start', () => ({ start: 'next tuesday' }), 'BAD_USER_INPUT', 'INVALID_START'],
    ['an empty intake answer', () => ({ intakeAnswer: '   ' }), 'BAD_USER_INPUT', 'INTAKE_REQUIRED'],
    ['an unknown type', () => ({ typeId: MADE_UP_ID }), 'NOT_FOUND', 'TYPE_NOT_FOUND'],
    ['a type id that is not an id', () => ({ typeId: 'x' }), 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
  ])('refuses %s with a code and writes nothing', async (_label, change, code, reason) => {
    const [slot] = await cw.slots(member.client, expert.typeId);
    const before = await counts();
    const error = await fail(member.client, C.book, { input: { typeId: expert.typeId, start: slot.start, intakeAnswer: 'Policy review', ...change(slot.start) } });
    expect(shape(error)).toMatchObject({ code, reason });
    expect(JSON.stringify(error)).not.toMatch(/stack|QueryFailed|typeorm/i);
    expect(await counts()).toEqual(before);
  });

  it('books, emails both parties a REQUEST invite, takes the slot live, reschedules with the same UID and cancels with CANCEL', async () => {
    const watcher = await w.connect(other.cookie);
    expect(await watcher.emit('consultations:watch-expert', { expertId: expert.id })).toEqual({ ok: true });
    const slots = await cw.slots(member.client, expert.typeId, 'Europe/Berlin', 4, 2);
    const [slot, , , later] = slots;

    const booked = await cw.book(member, expert.typeId, slot.start, 'How do we answer patients who comment about their care?');
    expect(booked).toMatchObject({ status: 'BOOKED', sequence: 0, mode: 'ONLINE', location: 'https://meet.example.org/expert', timeZone: EXPERT_ZONE, viewerRole: 'MEMBER', canReschedule: true, canCancel: true, expertNotes: null });
    expect(booked.startsAt).toBe(slot.start);
    expect(booked.icsUid).toBe(`consultation-${booked.id}@confer`);

    // Live: everyone watching the expert hears which time was taken, and the slot is gone for all.
    const live = await watcher.waitFor('consultations:slots-changed', (p) => p.taken?.start === slot.start);
    expect(live).toEqual({ expertId: expert.id, taken: { start: slot.start, end: slot.end } });
    expect((await cw.slots(other.client, expert.typeId, 'Europe/Berlin', 4, 2)).map((s) => s.start)).not.toContain(slot.start);

    // Both get a REQUEST with the same UID, ORGANIZER, both ATTENDEEs, VTIMEZONE and the right instant.
    const [toMember] = await t.mailbox.waitFor(member.email, { subject: /Consultation booked/ });
    const [toExpert] = await t.mailbox.waitFor(expert.email, { subject: /Consultation booked/ });
    for (const mail of [toMember, toExpert]) {
      const ics = icsOf(mail);
      expect(ics.method).toBe('REQUEST');
      expect(ics.timezones).toEqual([EXPERT_ZONE]);
      expect(ics.events).toHaveLength(1);
      expect(ics.events[0]).toMatchObject({ uid: booked.icsUid, sequence: 0, status: 'CONFIRMED', tzid: EXPERT_ZONE, startUtc: slot.start, endUtc: slot.end, organizer: 'mailto:no-reply@confer.test' });
      expect(ics.events[0].attendees.map((a) => a.toLowerCase()).sort()).toEqual([`mailto:${expert.email}`, `mailto:${member.email}`].sort());
      expect(ics.events[0].dtstampRaw).toMatch(/^\d{8}T\d{6}Z$/);
      // The intake answer stays out of emails and invites.
      expect(mail.text + ics.raw).not.toContain('patients who comment');
    }
    // The member reads the time in Berlin, the expert in New York.
    expect(toMember.text).toMatch(/GMT\+1|CET|Central European/);
    expect(toExpert.text).toMatch(/EST|EDT|Eastern/);
    expect(linkToken(toMember, 'reschedule')).toBeTruthy();
    expect(() => linkToken(toExpert, 'reschedule')).toThrow(); // experts cancel; only members move a booking

    // Reminders 24 h and 1 h before, queued with the booking.
    const jobsBefore = await db.query(`select id, state, start_after, data from pgboss.job where name = 'consultations.reminder' and data->>'consultationId' = $1 order by start_after`, [booked.id]);
    expect(jobsBefore.map((j) => [j.state, j.data.hoursBefore, new Date(j.start_after).getTime()])).toEqual([
      ['created', 24, new Date(slot.start).getTime() - 24 * 3_600_000],
      ['created', 1, new Date(slot.start).getTime() - 3_600_000],
    ]);

    // Reschedule: same UID, SEQUENCE 1, new REQUEST for both, old reminders dropped, new ones queued.
    const mark = watcher.mark();
    const moved = (await ok(member.client, C.reschedule, { input: { id: booked.id, start: later.start } })).rescheduleConsultation;
    expect(moved).toMatchObject({ id: booked.id, icsUid: booked.icsUid, sequence: 1, startsAt: later.start, status: 'BOOKED' });
    await watcher.waitFor('consultations:slots-changed', (p) => p.taken?.start === later.start, 5000, mark);
    for (const address of [member.email, expert.email]) {
      const [mail] = await t.mailbox.waitFor(address, { subject: /Consultation moved/ });
      const ics = icsOf(mail);
      expect(ics.method).toBe('REQUEST');
      expect(ics.events[0]).toMatchObject({ uid: booked.icsUid, sequence: 1, startUtc: later.start });
    }
    // Old reminders are cancelled right after the commit (and would be skipped anyway: stale sequence).
    await until(async () => (await db.query(`select count(*)::int n from pgboss.job where id = any($1) and state = 'cancelled'`, [jobsBefore.map((j) => j.id)]))[0].n === 2);
    const jobsAfter = await db.query(`select id, state, data from pgboss.job where name = 'consultations.reminder' and data->>'consultationId' = $1 and state = 'created'`, [booked.id]);
    expect(jobsAfter.map((j) => [j.data.sequence, j.data.hoursBefore])).toEqual(expect.arrayContaining([[1, 24], [1, 1]]));
    expect(jobsAfter).toHaveLength(2);
    // The first slot is free again.
    expect((await cw.slots(other.client, expert.typeId, 'Europe/Berlin', 4, 2)).map((s) => s.start)).toContain(slot.start);

    // Another member can neither see nor touch it; the answer is the same as for a made-up id.
    const notFound = { code: 'NOT_FOUND', reason: 'CONSULTATION_NOT_FOUND' };
    expect(shape(await fail(other.client, C.one, { id: booked.id }))).toMatchObject(notFound);
    expect(shape(await fail(other.client, C.one, { id: MADE_UP_ID }))).toMatchObject(notFound);
    expect(shape(await fail(other.client, C.reschedule, { input: { id: booked.id, start: slot.start } }))).toMatchObject(notFound);
    expect(shape(await fail(other.client, C.cancel, { input: { id: booked.id } }))).toMatchObject(notFound);
    expect((await ok(other.client, C.mine)).myConsultations.map((c: any) => c.id)).not.toContain(booked.id);

    // Cancel: METHOD:CANCEL, same UID, SEQUENCE 2; reminders dropped; slot free live.
    const mark2 = watcher.mark();
    const cancelled = (await ok(member.client, C.cancel, { input: { id: booked.id } })).cancelConsultation;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 2, canCancel: false, canReschedule: false });
    await watcher.waitFor('consultations:slots-changed', (p) => p.taken === null, 5000, mark2);
    for (const address of [member.email, expert.email]) {
      const [mail] = await t.mailbox.waitFor(address, { subject: /Consultation cancelled/ });
      const ics = icsOf(mail);
      expect(ics.method).toBe('CANCEL');
      expect(ics.events[0]).toMatchObject({ uid: booked.icsUid, sequence: 2, status: 'CANCELLED' });
    }
    expect(shape(await fail(member.client, C.cancel, { input: { id: booked.id } }))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_CHANGEABLE' });
    await until(async () => (await db.query(`select count(*)::int n from pgboss.job where name = 'consultations.reminder' and data->>'consultationId' = $1 and state = 'created'`, [booked.id]))[0].n === 0);
    // Nothing about the member is in what the watcher received.
    expect(watcher.raw()).not.toContain(member.id);
  });

  it('email links: reschedule and cancel without logging in, once; forged, reused and expired links are refused', async () => {
    const slots = await cw.slots(member.client, expert.typeId, 'Europe/Berlin', 6, 2);
    const booked = await cw.book(member, expert.typeId, slots[0].start);
    const mail = await inviteMail(t.mailbox, member.email, /Consultation booked/, booked.icsUid);
    const token = linkToken(mail, 'reschedule');
    const visitor = t.client();

    expect((await ok(visitor, C.byLink, { token })).consultationByLink).toMatchObject({ id: booked.id, viewerRole: 'MEMBER', canReschedule: true });
    const moved = (await ok(visitor, C.reschedule, { input: { token, start: slots[2].start } })).rescheduleConsultation;
    expect(moved).toMatchObject({ sequence: 1, startsAt: slots[2].start });
    // Reused: the booking changed since the link was sent.
    expect(shape(await fail(visitor, C.reschedule, { input: { token, start: slots[4].start } }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_LINK' });
    expect(shape(await fail(visitor, C.byLink, { token }))).toMatchObject({ reason: 'INVALID_LINK' });
    // Forged: a changed character in the signature or a different booking id.
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(shape(await fail(visitor, C.cancel, { input: { token: forged } }))).toMatchObject({ reason: 'INVALID_LINK' });
    expect(shape(await fail(visitor, C.cancel, { input: { token: 'nonsense' } }))).toMatchObject({ reason: 'INVALID_LINK' });
    // Expired: correctly signed with the server's key, but its time has passed.
    const key = Buffer.from(hkdfSync('sha256', 'confer-development-session-secret-not-for-production', 'confer', 'consultations/manage-link v1', 32));
    const body = ['c1', booked.id, member.id, '1', String(Math.floor(Date.now() / 1000) - 60)].join('.');
    const expired = `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
    expect(shape(await fail(visitor, C.cancel, { input: { token: expired } }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_EXPIRED' });
    // The new email's cancel link works once.
    const movedMail = await inviteMail(t.mailbox, member.email, /Consultation moved/, booked.icsUid);
    const cancelToken = linkToken(movedMail, 'cancel');
    expect((await ok(visitor, C.cancel, { input: { token: cancelToken } })).cancelConsultation).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    expect(shape(await fail(visitor, C.cancel, { input: { token: cancelToken } }))).toMatchObject({ reason: 'INVALID_LINK' });
  });

  it('expert side: upcoming bookings with the intake, private notes only for the expert, cancel with a reason, outcomes', async () => {
    const slots = await cw.slots(member.client, expert.typeId, 'Europe/Berlin', 8, 2);
    const a = await cw.book(member, expert.typeId, slots[0].start, 'Our legal team blocked Instagram.');
    const b = await cw.book(member, expert.typeId, slots[3].start, 'Second question.');

    const list = (await ok(expert.client, C.forExpert)).expertConsultations;
    expect(list.find((c: any) => c.id === a.id)).toMatchObject({ intakeAnswer: 'Our legal team blocked Instagram.', viewerRole: 'EXPERT', member: { displayName: 'Berta Berlin' }, canCancel: true, canReschedule: false });
    expect((await ok(member.client, C.forExpert)).expertConsultations).toEqual([]);

    const noted = (await ok(expert.client, C.notes, { id: a.id, notes: 'Follow up on the approval workflow.' })).setConsultationNotes;
    expect(noted.expertNotes).toBe('Follow up on the approval workflow.');
    expect((await ok(member.client, C.one, { id: a.id })).consultation.expertNotes).toBeNull();
    expect(shape(await fail(member.client, C.notes, { id: a.id, notes: 'mine' }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_EXPERT' });
    expect(shape(await fail(other.client, C.notes, { id: a.id, notes: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });

    // Outcomes only once it started.
    expect(shape(await fail(expert.client, C.outcome, { id: a.id, outcome: 'COMPLETED' }))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_STARTED' });
    await db.query(`update consultations set starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes', blocked = tstzrange(now() - interval '2 hours 15 minutes', now() - interval '75 minutes') where id = $1`, [a.id]);
    expect((await ok(expert.client, C.outcome, { id: a.id, outcome: 'NO_SHOW' })).setConsultationOutcome.status).toBe('NO_SHOW');
    expect(shape(await fail(member.client, C.outcome, { id: a.id, outcome: 'COMPLETED' }))).toMatchObject({ reason: 'NOT_EXPERT' });

    expect(shape(await fail(expert.client, C.reschedule, { input: { id: b.id, start: slots[5].start } }))).toMatchObject({ code: 'FORBIDDEN', reason: 'ONLY_MEMBER_RESCHEDULES' });
    // The expert cancels: a reason is required, the member is told it, invites are cancelled.
    expect(shape(await fail(expert.client, C.cancel, { input: { id: b.id } }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    const cancelled = (await ok(expert.client, C.cancel, { input: { id: b.id, reason: 'I am travelling that day, sorry.' } })).cancelConsultation;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'I am travelling that day, sorry.' });
    const told = await inviteMail(t.mailbox, member.email, /Consultation cancelled/, b.icsUid);
    expect(told.text).toContain('I am travelling that day, sorry.');
    expect(icsOf(told).method).toBe('CANCEL');
    expect(shape(await fail(expert.client, C.reschedule, { input: { id: b.id, start: slots[5].start } }))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_CHANGEABLE' });
  });

  it('sends the reminders when their time comes, and never a stale one', async () => {
    const slots = await cw.slots(member.client, expert.typeId, 'Europe/Berlin', 12, 2);
    const booked = await cw.book(member, expert.typeId, slots[0].start);
    const [job] = await db.query(`select id, data from pgboss.job where name = 'consultations.reminder' and data->>'consultationId' = $1 and data->>'hoursBefore' = '1'`, [booked.id]);
    // A stale copy (an older sequence) must send nothing.
    await db.query(
      `insert into pgboss.job (id, name, data, state, start_after, priority, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, policy)
       select gen_random_uuid(), name, jsonb_set(data, '{sequence}', '7'), 'created', now(), priority, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, policy from pgboss.job where id = $1`,
      [job.id],
    );
    await db.query(`update pgboss.job set start_after = now() where id = $1`, [job.id]);
    const [reminder] = await t.mailbox.waitFor(member.email, { subject: /Reminder: consultation in 1 hour/ });
    expect(reminder.text).toContain('https://meet.example.org/expert');
    await t.mailbox.waitFor(expert.email, { subject: /Reminder: consultation in 1 hour/ });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await t.mailbox.for(member.email)).filter((m) => /Reminder/.test(m.subject))).toHaveLength(1);
  });

  it('gives an expert their own settings without naming themselves, and refuses others', async () => {
    const q = `query($id: ID) { expertAvailability(expertId: $id) { expertId timeZone consultationTypes { title meetingUrl } } }`;
    expect((await ok(expert.client, q, {})).expertAvailability).toMatchObject({ expertId: expert.id, timeZone: EXPERT_ZONE });
    expect(shape(await fail(member.client, q, {}))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_EXPERT' });
    expect(shape(await fail(member.client, q, { id: expert.id }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_EXPERT' });
    expect(shape(await fail(expert.client, q, { id: 'nope' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('ties on-site blocks to the conference’s sessions when the events tables exist', async () => {
    const events = await db.query(`select to_regclass('public.event_sessions') is not null as present`);
    const fk = await db.query(`select count(*)::int n from pg_constraint where conname = 'expert_onsite_blocks_session_fk'`);
    expect(fk[0].n).toBe(events[0].present ? 1 : 0);
    const constraint = await db.query(`select pg_get_constraintdef(oid) def from pg_constraint where conname = 'consultations_no_overlap'`);
    expect(constraint[0].def).toBe(`EXCLUDE USING gist (expert_id WITH =, blocked WITH &&) WHERE ((status <> 'cancelled'::text))`);
  });

  it('validates the expert’s availability with the library’s messages', async () => {
    const error = await fail(expert.client, C.availability, {
      input: { timeZone: EXPERT_ZONE, weeklyRules: [{ weekday: 1, start: '10:00', end: '09:00' }], dateOverrides: [], onSiteBlocks: [], bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minimumNoticeMinutes: 0, horizonDays: 30 },
    });
    expect(shape(error)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_AVAILABILITY' });
    expect(error.message).toMatch(/end 09:00 must be after start 10:00/);
    expect(shape(await fail(expert.client, C.availability, { input: { ...{ timeZone: 'Nowhere/Else', weeklyRules: [], dateOverrides: [], onSiteBlocks: [], bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minimumNoticeMinutes: 0, horizonDays: 30 } } }))).toMatchObject({ reason: 'INVALID_TIME_ZONE' });
    expect(shape(await fail(member.client, C.availability, { input: { timeZone: EXPERT_ZONE, weeklyRules: [], dateOverrides: [], onSiteBlocks: [], bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minimumNoticeMinutes: 0, horizonDays: 30 } }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_EXPERT' });
    expect(shape(await fail(expert.client, C.saveType, { input: { title: 'X', durationMinutes: 30, mode: 'ONLINE', active: true } }))).toMatchObject({ reason: 'INVALID_TYPE' });
  });
});
