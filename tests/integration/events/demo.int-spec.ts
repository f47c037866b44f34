import { EQ, ok } from '../../utils/events-fixtures';
import { logIn } from '../../utils/fixtures';
import { startDemoApp } from '../../utils/demo-app';
import type { TestApp } from '../../utils/test-app';
import { RQ } from './registration-fixtures';

/** The demo events load and read as a visitor and the demo members see them. */
describe('demo events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startDemoApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the 2027 conference: four keynotes, three parallel tracks, networking and consultations, in Jacksonville’s zone', async () => {
    const { event } = await ok(t.client(), EQ.agenda, { slug: 'annual-conference-2027' });
    expect(event.timeZone).toBe('America/New_York');
    const sessions = event.agenda.flatMap((d: any) => d.tracks.flatMap((tr: any) => tr.sessions));
    expect(event.agenda.map((d: any) => d.date)).toEqual(['2027-11-14', '2027-11-15']);
    expect(sessions.filter((s: any) => s.type === 'KEYNOTE')).toHaveLength(4);
    expect(new Set(sessions.filter((s: any) => s.type === 'CASE_STUDY').map((s: any) => s.track)).size).toBe(3);
    expect(sessions.some((s: any) => s.type === 'NETWORKING')).toBe(true);
    expect(sessions.some((s: any) => s.type === 'CONSULTATION_BLOCK')).toBe(true);
    expect(sessions[1]).toMatchObject({ venueStart: '2027-11-14T09:00:00-05:00' });
  });

  it('the Residency costs a premium member $596.25 and includes the course; the bundle and $95 webinars are on sale', async () => {
    const { events } = await ok(t.client(), EQ.events, {});
    const slugs = events.map((e: any) => e.slug);
    expect(slugs).toEqual(expect.arrayContaining(['annual-conference-2027', 'social-media-residency-2027-11', 'webinar-2026-12']));
    const residency = (await ok(t.client(), EQ.event, { slug: 'social-media-residency-2027-11' })).event;
    const ticket = residency.ticketTypes.find((x: any) => x.kind === 'EVENT');
    expect(ticket).toMatchObject({ listPriceCents: 79500, inPerson: true });
    expect(residency.ticketTypes.find((x: any) => x.kind === 'BUNDLE')).toMatchObject({ name: 'Residency + Conference', listPriceCents: 149500 });
    const sarah = t.client();
    await logIn(sarah, 'sarah.chen@confer.test', 'confer-demo-2026');
    expect((await ok(sarah, EQ.quote, { input: { ticketTypeId: ticket.id, quantity: 1 } })).priceQuote.totalCents).toBe(59625);
    const webinar = (await ok(t.client(), EQ.event, { slug: 'webinar-2026-12' })).event;
    expect(webinar.ticketTypes[0]).toMatchObject({ listPriceCents: 9500, includedInPremium: true });
  });

  it('Sarah has her conference ticket and agenda (with a clash), and last year’s Residency checked in at 08:02', async () => {
    const sarah = t.client();
    await logIn(sarah, 'sarah.chen@confer.test', 'confer-demo-2026');
    const mine = (await ok(sarah, RQ.mine)).myRegistrations;
    const past = mine.find((r: any) => r.event.slug === 'social-media-residency-2026-11');
    expect(past).toMatchObject({ status: 'CONFIRMED', checkedInAtVenue: '08:02' });
    const conf = mine.find((r: any) => r.event.slug === 'annual-conference-2027');
    expect(conf).toMatchObject({ status: 'CONFIRMED', orderState: 'PAID', canCancel: true });
    expect(conf.ticketToken).toMatch(/^t1\./);
    const agenda = (await ok(sarah, RQ.agenda, { eventId: conf.event.id })).myAgenda;
    expect(agenda.sessions).toHaveLength(3);
    expect(agenda.clashes).toHaveLength(2);
  });

  it('sells the certificate course alone for $250, included in premium', async () => {
    const { courseProduct } = await ok(t.client(), `query($slug: String!) { courseProduct(courseSlug: $slug) { kind listPriceCents includedInPremium maxPerOrder onSale } }`, { slug: 'social-for-healthcare' });
    expect(courseProduct).toEqual({ kind: 'COURSE', listPriceCents: 25000, includedInPremium: true, maxPerOrder: 1, onSale: true });
  });
});
