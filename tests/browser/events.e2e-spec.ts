/// <reference lib="dom" />
import { join } from 'node:path';
import { axeViolations, describeViolations } from '../utils/axe';
import { BrowserSession, logInThroughForm, openBrowser, sidewaysOverflow } from '../utils/browser';
import { Buyer, EQ, EventsWorld, ok } from '../utils/events-fixtures';
import { TestDb } from '../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp } from '../utils/test-app';

const shot = (page: import('playwright-core').Page, name: string) => page.screenshot({ path: join(__dirname, '.artifacts', `events-${name}.png`), fullPage: true });

/**
 * Events in the browser at 390 px: a premium member registers for the Residency and sees the member
 * price before committing; staff check the ticket in at the door; a member on the waiting list is
 * offered a seat live and takes it. Plus axe-core on the event page and checkout.
 */
describe('events in the browser (390 px wide)', () => {
  let t: TestApp;
  let db: TestDb;
  let w: EventsWorld;
  let member: BrowserSession;
  let staffBrowser: BrowserSession;
  let staff: Buyer;
  let residency: { id: string; slug: string };
  let residencyTicket: string;
  let sarah: Buyer;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new EventsWorld(t, db);
    staff = await w.staff();
    sarah = await w.member({ premium: true, displayName: 'Sarah Premium' });
    residency = await w.event({
      kind: 'residency',
      title: 'Social Media Residency',
      questions: [{ id: 'diet', label: 'Dietary needs', kind: 'choice', options: ['None', 'Vegetarian', 'Vegan'], required: true }],
    });
    residencyTicket = await w.ticket(residency.id, { name: 'Residency seat', listPriceCents: 79500, capacity: 20, inPerson: true });
    member = await openBrowser(undefined, { bypassCSP: true });
    staffBrowser = await openBrowser();
    member.page.setDefaultTimeout(15000);
    staffBrowser.page.setDefaultTimeout(15000);
  });
  afterAll(async () => {
    await member?.close();
    await staffBrowser?.close();
    await db?.close();
    await t?.close();
  });

  it('a premium member registers for the Residency and sees $596.25 before confirming', async () => {
    const page = member.page;
    await logInThroughForm(page, t.baseUrl, sarah.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/events?kind=RESIDENCY`);
    await page.getByRole('link', { name: 'Social Media Residency' }).click();
    await page.getByRole('heading', { level: 1, name: 'Social Media Residency' }).waitFor();
    const ticket = page.getByRole('article', { name: 'Residency seat' });
    await ticket.getByText('20 seats left').waitFor();
    await ticket.getByText('Your price: $596.25').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await ticket.getByRole('link', { name: 'Register' }).click();

    // The checkout form: the attendee is the buyer; the quote is on screen before anything is written.
    await page.getByRole('heading', { level: 1, name: 'Register: Residency seat' }).waitFor();
    const total = page.getByTestId('price-total');
    await total.waitFor();
    expect(await total.innerText()).toBe('$596.25');
    await page.getByText('Premium member discount').waitFor();
    expect(await page.getByText('−$198.75').count()).toBe(1);
    expect((await db.query(`select count(*)::int as n from orders where buyer_id = $1`, [sarah.id]))[0].n).toBe(0);
    await shot(page, 'checkout-form');
    expect(await page.getByLabel(/^Name/).inputValue()).toBe('Sarah Premium');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    // A required question stops the form on the page, not on the server.
    await page.getByRole('button', { name: 'Hold my seats' }).click();
    await page.getByText('Please answer this question.').waitFor();
    await page.getByRole('combobox', { name: /^Dietary needs/ }).click();
    await page.getByRole('option', { name: 'Vegetarian' }).click();
    await page.getByLabel('Credentials').fill('MD');

    // Someone else looking at the event page sees the seat go, without reloading.
    const watcher = staffBrowser.page;
    await watcher.goto(`${t.baseUrl}/events/${residency.slug}`);
    await watcher.getByRole('article', { name: 'Residency seat' }).getByText('20 seats left').waitFor();

    // A double click is one order (one idempotency key per form).
    await page.getByRole('button', { name: 'Hold my seats' }).dblclick();
    await page.getByRole('heading', { name: 'Review and confirm' }).waitFor();
    await page.getByText(/\d+:\d\d left to confirm/).waitFor();
    await shot(page, 'checkout-hold');
    const orders = await db.query(`select state, total_cents from orders where buyer_id = $1`, [sarah.id]);
    expect(orders).toEqual([{ state: 'pending', total_cents: 59625 }]);
    await watcher.getByRole('article', { name: 'Residency seat' }).getByText('19 seats left').waitFor({ timeout: 5000 });

    await page.getByRole('button', { name: 'Confirm and get invoice' }).click();
    await page.getByRole('heading', { name: 'You are registered' }).waitFor();
    expect(await page.getByTestId('order-state').innerText()).toBe('Confirmed — awaiting payment');
    const invoice = await page.getByTestId('invoice-number').innerText();
    expect(invoice).toMatch(/^INV-\d{4}-\d+$/);
    await shot(page, 'checkout-confirmed');
    const [row] = await db.query(`select state, total_cents, invoice_number from orders where buyer_id = $1`, [sarah.id]);
    expect(row).toEqual({ state: 'awaiting_payment', total_cents: 59625, invoice_number: invoice });
    const [reg] = await db.query(`select attendee_credentials, answers from registrations where event_id = $1`, [residency.id]);
    expect(reg).toEqual({ attendee_credentials: 'MD', answers: { diet: 'Vegetarian' } });
  });

  it('staff check the ticket in by its typed code; a second scan says when, and the count is live', async () => {
    // The member's ticket: the QR and the code under it.
    const page = member.page;
    await page.goto(`${t.baseUrl}/my-tickets`);
    const card = page.getByRole('article', { name: 'Social Media Residency: Sarah Premium' });
    await card.getByRole('img', { name: 'QR ticket for Sarah Premium' }).waitFor();
    const token = (await card.getByTestId('ticket-token').innerText()).trim();
    expect(token).toMatch(/^t1\./);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    const door = staffBrowser.page;
    await logInThroughForm(door, t.baseUrl, staff.email, GOOD_PASSWORD);
    await door.goto(`${t.baseUrl}/events/${residency.slug}/check-in`);
    await door.getByTestId('attendance').getByText('0 of 1 checked in').waitFor();
    expect(await sidewaysOverflow(door)).toBeLessThanOrEqual(0);

    await door.getByLabel('Ticket code').fill(token);
    await door.getByRole('button', { name: 'Check in', exact: true }).click();
    await door.getByTestId('check-in-outcome').getByText('Checked in: Sarah Premium, MD').waitFor();
    await door.getByTestId('attendance').getByText('1 of 1 checked in').waitFor();

    const [{ at }] = await db.query(`select to_char(checked_in_at at time zone 'America/New_York', 'HH24:MI') as at from registrations where event_id = $1`, [residency.id]);
    await door.getByLabel('Ticket code').fill(token);
    await door.getByRole('button', { name: 'Check in', exact: true }).click();
    await door.getByTestId('check-in-outcome').getByText(`Already checked in at ${at}`, { exact: false }).waitFor();
    await shot(door, 'check-in-again');

    // Found by name, shown as in.
    await door.getByLabel('Name, email or organization').fill('Sarah');
    await door.getByRole('button', { name: 'Search' }).click();
    await door.getByRole('article', { name: 'Sarah Premium' }).getByText(`In since ${at}`).waitFor();

    // The event's administration: the seat in the registrations table, its invoice marked paid, the CSV links.
    await door.goto(`${t.baseUrl}/events/admin/${residency.id}`);
    const row = door.getByRole('row', { name: /Sarah Premium/ });
    await row.getByText(at).waitFor();
    await row.getByRole('button', { name: 'Mark paid' }).click();
    await row.getByRole('button', { name: 'Mark paid' }).waitFor({ state: 'detached' });
    const [paid] = await db.query(`select state from orders where buyer_id = $1`, [sarah.id]);
    expect(paid.state).toBe('paid');
    expect(await door.getByRole('link', { name: 'Registrations CSV' }).getAttribute('href')).toBe(`/events-export/${residency.id}/registrations.csv`);
  });

  it('a member on the waiting list sees the offer arrive live and takes the seat', async () => {
    const conference = await w.event({ kind: 'conference', title: 'Annual Conference' });
    const seat = await w.ticket(conference.id, { name: 'Conference seat', listPriceCents: 60000, capacity: 1, taken: 1, inPerson: true });
    const marcus = await w.member({ premium: true, displayName: 'Marcus Waiting' });
    const page = member.page;
    await logInThroughForm(page, t.baseUrl, marcus.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/events/${conference.slug}`);
    const ticket = page.getByRole('article', { name: 'Conference seat' });
    await ticket.getByText('Sold out').waitFor();
    await ticket.getByRole('button', { name: 'Join the waiting list' }).click();
    await page.getByText('You are number 1 on the waiting list.', { exact: false }).waitFor();

    await page.goto(`${t.baseUrl}/my-tickets`);
    const place = page.getByRole('article', { name: 'Waiting list: Annual Conference — Conference seat' });
    await place.getByText('You are number 1 in line for 1 seat.').waitFor();

    // Staff add a seat: it is offered to the first in line, and the page shows it without a reload.
    await ok(staff.client, EQ.setCapacity, { id: seat, capacity: 2 });
    await place.getByRole('link', { name: 'Take the seat' }).click({ timeout: 5000 });

    await page.getByRole('heading', { level: 1, name: 'Take your seat: Conference seat' }).waitFor();
    await page.getByText('A seat is held for you').waitFor();
    expect(await page.getByTestId('price-total').innerText()).toBe('$450.00');
    await page.getByRole('button', { name: 'Hold my seats' }).click();
    await page.getByRole('button', { name: 'Confirm and get invoice' }).click();
    await page.getByRole('heading', { name: 'You are registered' }).waitFor();
    const [entry] = await db.query(`select status from waitlist_entries where user_id = $1`, [marcus.id]);
    expect(entry.status).toBe('accepted');
    const [order] = await db.query(`select state, total_cents from orders where buyer_id = $1`, [marcus.id]);
    expect(order).toEqual({ state: 'awaiting_payment', total_cents: 45000 });
    expect(await w.taken(seat)).toBe(2);
  });

  it('an attendee builds an agenda in their own zone with venue time alongside, and is warned of a clash', async () => {
    const start = new Date((await db.query(`select starts_at from events where id = $1`, [residency.id]))[0].starts_at);
    const at = (h: number) => new Date(start.getTime() + h * 3_600_000);
    for (const [title, track] of [['Instagram buy-in with legal', 'Track A'], ['Patient stories without PHI', 'Track B']]) {
      await db.query(`insert into event_sessions (event_id, type, title, track, room, starts_at, ends_at) values ($1, 'case_study', $2, $3, 'Room 1', $4, $5)`, [residency.id, title, track, at(1), at(2)]);
    }
    await db.query(`update users set time_zone = 'Europe/Berlin' where id = $1`, [sarah.id]);
    const page = member.page;
    await logInThroughForm(page, t.baseUrl, sarah.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/events/${residency.slug}/agenda`);
    await page.getByText('Times in your zone (Europe/Berlin); venue time (America/New_York) alongside.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Track B' }).waitFor();
    const clock = (d: Date, zone: string) => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short' }).format(d);
    const a = page.getByRole('article', { name: 'Instagram buy-in with legal' });
    await a.getByText(`${clock(at(1), 'Europe/Berlin')} – ${clock(at(2), 'Europe/Berlin')} · venue ${clock(at(1), 'America/New_York')}`, { exact: false }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await a.getByRole('button', { name: 'Add to my agenda' }).click();
    await a.getByRole('button', { name: 'In my agenda — remove' }).waitFor();
    const b = page.getByRole('article', { name: 'Patient stories without PHI' });
    await b.getByRole('button', { name: 'Add to my agenda' }).click();
    await page.getByRole('alert').filter({ hasText: 'Time clash' }).waitFor();
    await b.getByText('Clashes with another session you chose').waitFor();
    const [{ n }] = await db.query(`select count(*)::int as n from agenda_choices c join registrations r on r.id = c.registration_id where r.event_id = $1`, [residency.id]);
    expect(n).toBe(2);
  });

  it('a guest buys Premium Individual membership through the same checkout (invoice, no grant until paid)', async () => {
    await w.membershipProduct(49500);
    const gus = await w.member({ displayName: 'Gus Guest' });
    const page = member.page;
    await logInThroughForm(page, t.baseUrl, gus.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/events`);
    await page.getByRole('link', { name: 'Buy Premium Individual membership — $495.00' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buy: Premium Individual membership' }).waitFor();
    expect(await page.getByTestId('price-total').innerText()).toBe('$495.00');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Confirm and get invoice' }).click();
    await page.getByRole('heading', { name: 'Order confirmed' }).waitFor();
    await page.getByText('Your premium membership starts when the invoice is paid.').waitFor();
    const [order] = await db.query(`select state, total_cents from orders where buyer_id = $1`, [gus.id]);
    expect(order).toEqual({ state: 'awaiting_payment', total_cents: 49500 });
    const [{ n }] = await db.query(`select count(*)::int as n from premium_grants where user_id = $1`, [gus.id]);
    expect(n).toBe(0);
  });

  it('staff create an event with a question and a ticket through the administration pages, then cancel it', async () => {
    const page = staffBrowser.page;
    await logInThroughForm(page, t.baseUrl, staff.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/events/admin`);
    await page.getByLabel(/^Title/).fill('Spring webinar: patient privacy');
    await page.getByLabel(/^Starts \(venue time\)/).fill('2027-03-10T12:00');
    await page.getByLabel(/^Ends \(venue time\)/).fill('2027-03-10T13:00');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage: Spring webinar: patient privacy' }).waitFor();
    const [event] = await db.query(`select id, kind, status, starts_at from events where title = 'Spring webinar: patient privacy'`);
    expect([event.kind, event.status, new Date(event.starts_at).toISOString()]).toEqual(['webinar', 'draft', '2027-03-10T17:00:00.000Z']);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('Question 1', { exact: true }).fill('Accessibility needs');
    await page.getByRole('checkbox', { name: 'Required' }).check();
    await page.getByRole('button', { name: 'Save questions' }).click();
    await page.getByText('Questions saved.').waitFor();
    const [{ questions }] = await db.query(`select questions from events where id = $1`, [event.id]);
    expect(questions).toEqual([{ id: 'accessibility-needs', label: 'Accessibility needs', kind: 'text', required: true }]);

    await page.getByLabel(/^Ticket name/).fill('Webinar seat');
    await page.getByLabel(/^List price/).fill('95');
    await page.getByLabel('Capacity', { exact: true }).fill('100');
    await page.getByRole('button', { name: 'Add ticket' }).click();
    await page.getByText('0 of 100 taken', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Cancel this event…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this event?' });
    await dialog.getByLabel('Reason (sent to attendees)').fill('The speaker is ill.');
    await dialog.getByRole('button', { name: 'Cancel event' }).click();
    await page.getByText('Cancelled: 0 orders, 0 seats; attendees notified.').waitFor();
    const [after] = await db.query(`select status from events where id = $1`, [event.id]);
    expect(after.status).toBe('cancelled');
  });

  it('the event page, checkout, my tickets and the agenda have no serious axe-core violations at 390 px', async () => {
    const page = member.page;
    await logInThroughForm(page, t.baseUrl, sarah.email, GOOD_PASSWORD);
    await page.goto(`${t.baseUrl}/events/${residency.slug}`);
    await page.getByRole('article', { name: 'Residency seat' }).getByText('Your price: $596.25').waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.goto(`${t.baseUrl}/checkout/${residencyTicket}?event=${residency.id}`);
    await page.getByTestId('price-total').waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    // And the pages around them: tickets with the QR code, the agenda with choices made.
    await page.goto(`${t.baseUrl}/my-tickets`);
    await page.getByRole('img', { name: 'QR ticket for Sarah Premium' }).waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.goto(`${t.baseUrl}/events/${residency.slug}/agenda`);
    await page.getByText('Clashes with another session you chose').first().waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });
});
