import { EQ, eventsSuite, fail, nextMessage, ok } from '../../utils/events-fixtures';

/** Events list and detail, the agenda by day and track in the venue's zone, and live seat counts. */
describe('events catalog', () => {
  const suite = eventsSuite();

  it('lists published events soonest first; drafts only for staff', async () => {
    const { w } = suite;
    const soon = await w.event({ title: 'Soon', startsAt: new Date(Date.now() + 2 * 86_400_000) });
    const later = await w.event({ title: 'Later', startsAt: new Date(Date.now() + 20 * 86_400_000) });
    const draft = await w.event({ title: 'Draft', status: 'draft' });
    const past = await w.event({ title: 'Past', startsAt: new Date(Date.now() - 10 * 86_400_000), endsAt: new Date(Date.now() - 9 * 86_400_000) });
    const ids = (await ok(w.visitor(), EQ.events)).events.map((e: any) => e.id);
    expect(ids.indexOf(soon.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(soon.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(past.id);
    const staff = await w.staff();
    expect((await ok(staff.client, EQ.events)).events.map((e: any) => e.id)).toContain(draft.id);
    expect((await ok(staff.client, EQ.event, { slug: draft.slug })).event.status).toBe('DRAFT');
    expect((await fail(w.visitor(), EQ.event, { slug: 'no-such-event' })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'EVENT_NOT_FOUND' });
  });

  it('the agenda groups sessions by day at the venue and by track, with UTC instants and venue times', async () => {
    const { w, db } = suite;
    const event = await w.event({ startsAt: new Date('2026-11-14T13:00:00Z'), endsAt: new Date('2026-11-15T23:00:00Z'), timeZone: 'America/New_York' });
    const speaker = await w.member({ displayName: 'Dr. Ada Okafor' });
    await db.query(`update users set credentials = 'MD' where id = $1`, [speaker.id]);
    const add = async (type: string, title: string, track: string | null, start: string, end: string) =>
      (await db.query(`insert into event_sessions (event_id, type, title, track, room, starts_at, ends_at) values ($1, $2, $3, $4, 'Hall A', $5, $6) returning id`, [event.id, type, title, track, start, end]))[0].id;
    const keynote = await add('keynote', 'Opening keynote', null, '2026-11-14T14:00:00Z', '2026-11-14T15:00:00Z');
    await db.query(`insert into event_session_speakers (session_id, user_id) values ($1, $2)`, [keynote, speaker.id]);
    await add('case_study', 'Instagram buy-in', 'Hospitals', '2026-11-14T15:30:00Z', '2026-11-14T16:15:00Z');
    await add('case_study', 'Patient privacy', 'Clinicians', '2026-11-14T15:30:00Z', '2026-11-14T16:15:00Z');
    // 23:30 in Jacksonville on the 14th (already the 15th in UTC) stays on the 14th.
    await add('networking', 'Evening reception', null, '2026-11-15T04:30:00Z', '2026-11-15T05:30:00Z');
    await add('keynote', 'Closing keynote', null, '2026-11-15T20:00:00Z', '2026-11-15T21:00:00Z');

    const { event: seen } = await ok(w.visitor(), EQ.agenda, { slug: event.slug });
    expect(seen.timeZone).toBe('America/New_York');
    expect(seen.agenda.map((d: any) => [d.date, d.tracks.map((t: any) => [t.name, t.sessions.map((s: any) => s.title)])])).toEqual([
      ['2026-11-14', [[null, ['Opening keynote', 'Evening reception']], ['Clinicians', ['Patient privacy']], ['Hospitals', ['Instagram buy-in']]]],
      ['2026-11-15', [[null, ['Closing keynote']]]],
    ]);
    const opening = seen.agenda[0].tracks[0].sessions[0];
    expect(opening).toMatchObject({ type: 'KEYNOTE', startsAt: '2026-11-14T14:00:00.000Z', venueStart: '2026-11-14T09:00:00-05:00', venueEnd: '2026-11-14T10:00:00-05:00', room: 'Hall A' });
    expect(opening.speakers).toEqual([{ userId: speaker.id, displayName: 'Dr. Ada Okafor', credentials: 'MD' }]);
  });

  it('ticket types show seats left; the event room hears new counts live after a checkout', async () => {
    const { w } = suite;
    const event = await w.event();
    const ticket = await w.ticket(event.id, { capacity: 10, taken: 7 });
    const { event: seen } = await ok(w.visitor(), EQ.event, { slug: event.slug });
    expect(seen.ticketTypes).toEqual([expect.objectContaining({ id: ticket, seatsLeft: 3, soldOut: false, onSale: true, kind: 'EVENT' })]);

    // Anyone may watch a published event (no sign-in needed); a draft is not joinable.
    const watcher = await w.socket();
    const ack = await watcher.emitWithAck('events:join', { eventId: event.id });
    expect(ack).toEqual({ ok: true, seats: [{ ticketTypeId: ticket, seatsLeft: 3, soldOut: false }] });
    const draft = await w.event({ status: 'draft' });
    expect(await watcher.emitWithAck('events:join', { eventId: draft.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const update = nextMessage(watcher, 'events:seats', (m) => m.eventId === event.id && m.seats[0].seatsLeft === 1);
    const buyer = await w.member();
    await ok(buyer.client, EQ.checkout, { input: w.checkoutInput(ticket, 2) });
    expect((await update).seats).toEqual([{ ticketTypeId: ticket, seatsLeft: 1, soldOut: false }]);
  });
});
