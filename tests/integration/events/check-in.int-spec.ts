import { Client } from 'pg';
import type { TestDb } from '../../utils/fixtures';
import { attendee, eventsSuite, EventsWorld, fail, nextMessage, ok } from '../../utils/events-fixtures';
import { register, RQ, self } from './registration-fixtures';

/** Staff at the door: QR or name, once only, "already checked in at 08:02", the live count, the Residency's grants. */
describe('check-in', () => {
  const suite = eventsSuite();
  let db: TestDb;
  let w: EventsWorld;
  beforeAll(() => {
    ({ db, w } = suite);
  });

  const checkedIn = async (id: string) => (await db.query(`select checked_in_at from registrations where id = $1`, [id]))[0].checked_in_at;

  async function seat(opts: { kind?: 'conference' | 'residency' } = {}) {
    const event = await w.event({ kind: opts.kind ?? 'conference', startsAt: new Date('2027-11-14T13:30:00Z'), endsAt: new Date('2027-11-15T22:00:00Z') });
    const ticket = await w.ticket(event.id);
    const member = await w.member();
    const order = await register(w, member, ticket, { attendees: [self(member)] });
    const reg = (await ok(member.client, RQ.one, { id: order.registrations[0].id })).registration;
    return { event, ticket, member, order, reg };
  }

  it('only staff check people in; forged and tampered tickets are refused with TICKET_INVALID and change nothing', async () => {
    const { event, member, reg } = await seat();
    expect((await fail(member.client, RQ.checkIn, { eventId: event.id, token: reg.ticketToken })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect((await fail(w.visitor(), RQ.checkIn, { eventId: event.id, token: reg.ticketToken })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await fail(member.client, RQ.search, { eventId: event.id, q: 'a' })).extensions?.reason).toBe('NOT_STAFF');
    expect((await fail(member.client, RQ.attendance, { eventId: event.id })).extensions?.reason).toBe('NOT_STAFF');

    const staff = await w.staff();
    const [version, id, tokenId, mac] = reg.ticketToken.split('.');
    const forgeries = [
      'hello',
      '',
      `${version}.${id}.${tokenId}`,
      `${version}.${id}.${tokenId}.${mac.slice(0, -2)}xx`,
      `${version}.${id}.${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.${mac}`,
      `t2.${id}.${tokenId}.${mac}`,
      `${reg.ticketToken}.extra`,
      'x'.repeat(5000),
    ];
    for (const token of forgeries) {
      const e = await fail(staff.client, RQ.checkIn, { eventId: event.id, token });
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TICKET_INVALID' });
    }
    expect(await checkedIn(reg.id)).toBeNull();
  });

  it('a second scan says when the attendee was checked in, in the event’s time; the count goes up once', async () => {
    const { event, reg } = await seat();
    const staff = await w.staff();
    const { checkInTicket } = await ok(staff.client, RQ.checkIn, { eventId: event.id, token: reg.ticketToken });
    expect(checkInTicket.registration).toMatchObject({ id: reg.id, status: 'CONFIRMED' });
    expect(checkInTicket.attendance).toEqual({ eventId: event.id, checkedIn: 1, confirmed: 1 });
    // Pretend the first scan was at 08:02 in Jacksonville (13:02 UTC in November).
    await db.query(`update registrations set checked_in_at = '2027-11-14T13:02:00Z' where id = $1`, [reg.id]);
    const again = await fail(staff.client, RQ.checkIn, { eventId: event.id, token: reg.ticketToken });
    expect(again.message).toBe(`Already checked in at 08:02: ${reg.attendeeName}.`);
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CHECKED_IN', checkedInAtVenue: '08:02', checkedInAt: '2027-11-14T13:02:00.000Z' });
    expect((await ok(staff.client, RQ.attendance, { eventId: event.id })).eventAttendance).toMatchObject({ checkedIn: 1, confirmed: 1 });
  });

  it('ten scanners at once check a person in exactly once', async () => {
    const { event, reg } = await seat();
    const staff = await Promise.all(Array.from({ length: 3 }, () => w.staff()));
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => staff[i % 3].client.gql(RQ.checkIn, { eventId: event.id, token: reg.ticketToken })));
    const okCount = results.filter((r) => !r.errors).length;
    const already = results.filter((r) => r.errors?.[0]?.extensions?.reason === 'ALREADY_CHECKED_IN').length;
    expect([okCount, already]).toEqual([1, 9]);
    expect((await ok(staff[0].client, RQ.attendance, { eventId: event.id })).eventAttendance.checkedIn).toBe(1);
  });

  it('control: the same ten concurrent attempts with a read-then-write check let several through (the test can see the race)', async () => {
    const { reg } = await seat();
    const staff = await w.staff();
    // What check-in would do without its conditional update: read, decide, write, each in its own transaction.
    const attempt = async () => {
      const c = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query('begin');
        const [row] = (await c.query(`select checked_in_at from registrations where id = $1`, [reg.id])).rows;
        if (row.checked_in_at) return (await c.query('rollback'), false);
        await new Promise((r) => setTimeout(r, 50));
        await c.query(`update registrations set checked_in_at = now(), checked_in_by = $2 where id = $1`, [reg.id, staff.id]);
        await c.query('commit');
        return true;
      } finally {
        await c.end();
      }
    };
    const wins = (await Promise.all(Array.from({ length: 10 }, attempt))).filter(Boolean).length;
    expect(wins).toBeGreaterThan(1);
  });

  it('search by name, check in by id; a ticket for another event or a cancelled seat is refused', async () => {
    const { event, member, order, reg } = await seat();
    const other = await seat();
    const staff = await w.staff();
    const surname = member.displayName.split(' ')[1];
    const { checkInSearch } = await ok(staff.client, RQ.search, { eventId: event.id, q: surname.toUpperCase() });
    expect(checkInSearch.map((r: any) => r.id)).toEqual([reg.id]);
    expect(checkInSearch[0].ticketToken).toBeNull();
    expect((await fail(staff.client, RQ.checkIn, { eventId: other.event.id, token: reg.ticketToken })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'TICKET_OTHER_EVENT' });
    expect((await fail(staff.client, RQ.checkInById, { eventId: other.event.id, id: reg.id })).extensions?.reason).toBe('REGISTRATION_NOT_FOUND');
    const { checkInRegistration } = await ok(staff.client, RQ.checkInById, { eventId: event.id, id: reg.id });
    expect(checkInRegistration.registration.attendeeName).toBe(reg.attendeeName);

    await ok(other.member.client, RQ.cancel, { id: other.reg.id });
    expect((await fail(staff.client, RQ.checkIn, { eventId: other.event.id, token: other.reg.ticketToken })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CANCELLED' });
    expect(order.id).toBeDefined();
  });

  it('staff watching the door see the count live; a member cannot join the room', async () => {
    const { event, member, reg } = await seat();
    const staff = await w.staff();
    const staffSocket = await w.socket(staff.cookie);
    const joined = await staffSocket.emitWithAck('events:check-in:join', { eventId: event.id });
    expect(joined).toEqual({ ok: true, attendance: { eventId: event.id, checkedIn: 0, confirmed: 1 } });
    const memberSocket = await w.socket(member.cookie);
    expect(await memberSocket.emitWithAck('events:check-in:join', { eventId: event.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'NOT_STAFF' } });
    let memberHeard = false;
    memberSocket.on('events:attendance', () => (memberHeard = true));

    const live = nextMessage(staffSocket, 'events:attendance', (m: any) => m.eventId === event.id);
    await ok(staff.client, RQ.checkIn, { eventId: event.id, token: reg.ticketToken });
    expect(await live).toMatchObject({ eventId: event.id, checkedIn: 1, confirmed: 1 });
    expect(memberHeard).toBe(false);
  });

  it('checking in a Residency attendee makes them eligible for the Fellows programme and keeps their course access', async () => {
    const { event, member, reg } = await seat({ kind: 'residency' });
    await db.query(`update events set includes_course = true where id = $1`, [event.id]);
    const staff = await w.staff();
    expect(await db.query(`select 1 from fellowship_eligibility where user_id = $1`, [member.id])).toEqual([]);
    await ok(staff.client, RQ.checkIn, { eventId: event.id, token: reg.ticketToken });
    const [eligible] = await db.query(`select source, source_ref from fellowship_eligibility where user_id = $1`, [member.id]);
    expect(eligible).toEqual({ source: 'residency_check_in', source_ref: reg.id });
    const grants = await db.query(`select source from course_access_grants where user_id = $1 and revoked_at is null`, [member.id]);
    expect(grants).toEqual([{ source: 'residency' }]);
  });

  it('the Residency’s course access starts at confirmation and ends with a cancellation', async () => {
    const event = await w.event({ kind: 'residency' });
    await db.query(`update events set includes_course = true where id = $1`, [event.id]);
    const ticket = await w.ticket(event.id);
    const member = await w.member();
    const guest = attendee(1);
    const order = await register(w, member, ticket, { attendees: [self(member), guest] });
    const active = () => db.query(`select count(*)::int as n from course_access_grants where user_id = $1 and revoked_at is null and source = 'residency'`, [member.id]).then((r) => r[0].n);
    expect(await active()).toBe(1);
    const mine = order.registrations.find((r) => r.attendeeEmail === member.email)!;
    await ok(member.client, RQ.cancel, { id: mine.id });
    expect(await active()).toBe(0);
  });
});
