import { Inject, Injectable } from '@nestjs/common';
import { CERTIFICATE_COURSE_PRICE_CENTS, CERTIFICATE_COURSE_SLUG } from '@confer/libs/learning';
import { priceItem } from '@confer/libs/pricing';
import { DateTime } from 'luxon';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import type { Tx } from '../../core/database/transaction-runner';

const NY = 'America/New_York';
const at = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: NY }).toJSDate();

const DIET = { id: 'diet', label: 'Dietary needs', kind: 'choice', options: ['None', 'Vegetarian', 'Vegan', 'Gluten-free (celiac)'], required: true };
const ACCESS = { id: 'access', label: 'Accessibility needs', kind: 'text', required: false };
const TRACKS = ['Track A: Clinicians online', 'Track B: Hospital communications', 'Track C: Research and patient communities'];

type Session = [type: string, title: string, track: string | null, date: string, from: string, to: string, room: string | null, speakers?: string[]];

/** Four keynotes, three parallel tracks of case studies, networking and expert consultation blocks. */
const CONFERENCE_AGENDA: Session[] = [
  ['networking', 'Registration and breakfast', null, '2027-11-14', '07:30', '08:45', 'Riverfront Foyer'],
  ['keynote', 'The patients were there first: listening before broadcasting', null, '2027-11-14', '09:00', '10:00', 'Grand Ballroom', ['ada.okafor@confer.test']],
  ['case_study', 'A heart-failure clinic on Twitter: hashtags that connect patients and clinicians', TRACKS[0], '2027-11-14', '10:15', '11:00', 'Room A'],
  ['case_study', 'Getting legal to yes: relaunching a hospital’s Instagram', TRACKS[1], '2027-11-14', '10:15', '11:00', 'Room B'],
  ['case_study', 'Experts by experience: a celiac community that answers each other', TRACKS[2], '2027-11-14', '10:15', '11:00', 'Room C'],
  ['case_study', 'Dermatology on Instagram when you cannot post a link', TRACKS[0], '2027-11-14', '11:15', '12:00', 'Room A'],
  ['case_study', 'Two people proof-read: a moderation routine for a small comms team', TRACKS[1], '2027-11-14', '11:15', '12:00', 'Room B'],
  ['case_study', 'Recruiting for clinical trials on Facebook without overpromising', TRACKS[2], '2027-11-14', '11:15', '12:00', 'Room C'],
  ['networking', 'Networking lunch', null, '2027-11-14', '12:00', '13:15', 'Riverfront Terrace'],
  ['keynote', 'HIPAA and social media: what clinicians fear, and what the rules actually say', null, '2027-11-14', '13:30', '14:30', 'Grand Ballroom', ['lee.park@confer.test']],
  ['case_study', 'Impostor accounts and misrepresented credentials: a response playbook', TRACKS[0], '2027-11-14', '14:45', '15:30', 'Room A'],
  ['case_study', 'Recruiting nurses with thirty-second videos', TRACKS[1], '2027-11-14', '14:45', '15:30', 'Room B'],
  ['case_study', 'Patient and family advisory councils move online', TRACKS[2], '2027-11-14', '14:45', '15:30', 'Room C'],
  ['consultation_block', 'Expert consultations (book a slot)', null, '2027-11-14', '15:45', '17:00', 'Consultation Lounge', ['ada.okafor@confer.test', 'lee.park@confer.test']],
  ['networking', 'Evening reception', null, '2027-11-14', '17:30', '19:00', 'Riverfront Terrace'],
  ['keynote', 'Humanizing physicians online: boundaries, credentials and trust', null, '2027-11-15', '09:00', '10:00', 'Grand Ballroom'],
  ['case_study', 'A family physician’s podcast, three years in', TRACKS[0], '2027-11-15', '10:15', '11:00', 'Room A'],
  ['case_study', 'Crisis posts during a hurricane: the first six hours', TRACKS[1], '2027-11-15', '10:15', '11:00', 'Room B'],
  ['case_study', 'Sharing research on LinkedIn without losing nuance', TRACKS[2], '2027-11-15', '10:15', '11:00', 'Room C'],
  ['case_study', 'Answering patient messages on social media safely', TRACKS[0], '2027-11-15', '11:15', '12:00', 'Room A'],
  ['case_study', 'Measuring what matters: reporting social media to the board', TRACKS[1], '2027-11-15', '11:15', '12:00', 'Room B'],
  ['case_study', 'Support groups on Facebook: moderation with patient volunteers', TRACKS[2], '2027-11-15', '11:15', '12:00', 'Room C'],
  ['networking', 'Networking lunch', null, '2027-11-15', '12:00', '13:00', 'Riverfront Terrace'],
  ['consultation_block', 'Expert consultations (book a slot)', null, '2027-11-15', '13:00', '15:00', 'Consultation Lounge', ['ada.okafor@confer.test', 'lee.park@confer.test']],
  ['keynote', 'From podcasts to short video: where health care social media goes next', null, '2027-11-15', '15:15', '16:15', 'Grand Ballroom'],
];

const WEBINARS: [date: string, title: string, summary: string][] = [
  ['2026-10-21', 'Instagram for hospitals: telling stories without links', 'What works on a platform where you cannot link, and how to send people to the page that matters.'],
  ['2026-12-16', 'Answering patients on social media without breaking HIPAA', 'Where a friendly reply becomes a privacy problem, and the wording that keeps you on the right side.'],
  ['2027-01-20', 'Measuring what matters: social media metrics for health systems', 'From follower counts to outcomes leaders care about: appointments, recruitment, trial enrolment.'],
  ['2027-02-17', 'Short video for clinicians: a practical start', 'Filming, captions, consent and a posting rhythm a busy clinician can keep.'],
  ['2027-03-17', 'A social media policy your legal team will sign', 'The clauses that matter, the approvals that do not, and how to get buy-in.'],
  ['2027-04-21', 'Negative reviews and remarks: respond, remove or leave?', 'A decision tree for comments that are unfair, abusive, or describe a patient’s care.'],
];

/**
 * Demo events: the 2027 Annual Conference in Jacksonville (14–15 November), the Social Media Residency
 * the day before ($795, includes the certificate course), a Residency + Conference bundle, monthly
 * webinars ($95, free for premium members), last year's Residency (Sarah Chen and Marcus Johnson
 * attended and were checked in — which is why the fellows demo has them eligible), a few registrations
 * and an early-bird promo code.
 */
@Injectable()
export class EventsDemoSeed {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async run(tx: Tx): Promise<void> {
    const users = new Map<string, { id: string; display_name: string; credentials: string | null; organization_name: string | null }>(
      ((await tx.query(`select id, email, display_name, credentials, organization_name from users`)) as { id: string; email: string; display_name: string; credentials: string | null; organization_name: string | null }[]).map((u) => [u.email, u]),
    );
    const admin = users.get('admin@confer.test');
    if (!admin) return;

    const conference = await this.event(tx, {
      slug: 'annual-conference-2027',
      kind: 'conference',
      title: 'Annual Conference 2027',
      summary: 'Two days in Jacksonville: four keynotes, three tracks of case studies, networking and one-to-one expert consultations.',
      description:
        'Our Annual Conference brings together clinicians, researchers, communicators and hospital social media managers. Four keynotes, three parallel tracks of case studies from health systems and practices, networking and expert consultations.',
      venueName: 'Hyatt Regency Jacksonville Riverfront',
      venueAddress: '225 East Coastline Drive, Jacksonville, FL 32202',
      startsAt: at('2027-11-14', '07:30'),
      endsAt: at('2027-11-15', '16:30'),
      cancellationDeadline: at('2027-10-31', '23:59'),
      questions: [DIET, ACCESS],
      createdBy: admin.id,
    });
    for (const [i, [type, title, track, date, from, to, room, speakers]] of CONFERENCE_AGENDA.entries()) {
      const [s] = await tx.query(
        `insert into event_sessions (event_id, type, title, track, room, starts_at, ends_at, position) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
        [conference, type, title, track, room, at(date, from), at(date, to), i],
      );
      for (const [p, email] of (speakers ?? []).entries()) {
        const u = users.get(email);
        if (u) await tx.query(`insert into event_session_speakers (session_id, user_id, position) values ($1, $2, $3)`, [s.id, u.id, p]);
      }
    }
    const residency = await this.event(tx, {
      slug: 'social-media-residency-2027-11',
      kind: 'residency',
      title: 'Social Media Residency — November 2027',
      summary: 'A one-day, hands-on programme on the Jacksonville campus the day before the conference. Includes the Social for Healthcare Certificate course.',
      description:
        'Social Media Residency goes beyond the basics: strategy, guidelines and plan development for people who champion social media in their organization. Registration includes the online Social for Healthcare Certificate course, and completing the Residency opens the Social Media Fellows programme.',
      venueName: 'Jacksonville campus, Education Center',
      venueAddress: 'Jacksonville, FL',
      startsAt: at('2027-11-13', '08:30'),
      endsAt: at('2027-11-13', '16:30'),
      cancellationDeadline: at('2027-10-30', '23:59'),
      questions: [DIET, ACCESS],
      includesCourse: true,
      createdBy: admin.id,
    });
    const pastResidency = await this.event(tx, {
      slug: 'social-media-residency-2026-11',
      kind: 'residency',
      title: 'Social Media Residency — November 2026',
      summary: 'Last year’s Residency on the Jacksonville campus.',
      venueName: 'Jacksonville campus, Education Center',
      venueAddress: 'Jacksonville, FL',
      startsAt: at('2026-11-13', '08:30'),
      endsAt: at('2026-11-13', '16:30'),
      cancellationDeadline: at('2026-10-30', '23:59'),
      questions: [DIET],
      includesCourse: true,
      createdBy: admin.id,
    });

    const conferenceTicket = await this.ticket(tx, { eventId: conference, name: 'Conference registration', listPriceCents: 89500, capacity: 400, inPerson: true, saleEndsAt: at('2027-11-13', '17:00') });
    const residencyTicket = await this.ticket(tx, { eventId: residency, name: 'Residency registration', listPriceCents: 79500, capacity: 40, inPerson: true, saleEndsAt: at('2027-11-12', '17:00') });
    const pastTicket = await this.ticket(tx, { eventId: pastResidency, name: 'Residency registration', listPriceCents: 79500, capacity: 40, inPerson: true });
    const bundle = await this.ticket(tx, { eventId: null, kind: 'bundle', name: 'Residency + Conference', description: 'One registration for both: the Residency on 13 November and the conference on 14–15 November.', listPriceCents: 149500, capacity: null, inPerson: true, saleEndsAt: at('2027-11-12', '17:00') });
    for (const c of [residencyTicket, conferenceTicket]) await tx.query(`insert into bundle_items (bundle_id, ticket_type_id) values ($1, $2)`, [bundle, c]);
    await tx.query(
      `insert into ticket_types (kind, name, description, list_price_cents, membership_months, max_per_order, position) values ('membership', 'Premium Individual membership', 'A year of premium membership: the confidential board, webinars, the certificate course and 25% off in-person events.', 49500, 12, 1, 0)`,
    );
    // The certificate course on its own; premium members and Residency registrants already have it.
    await tx.query(
      `insert into ticket_types (kind, course_id, name, description, list_price_cents, included_in_premium, max_per_order, position)
       select 'course', id, 'Social for Healthcare Certificate', 'The self-paced certificate course: every module, its quizzes and a verifiable certificate.', $2, true, 1, 0 from courses where slug = $1`,
      [CERTIFICATE_COURSE_SLUG, CERTIFICATE_COURSE_PRICE_CENTS],
    );

    const webinarTickets: string[] = [];
    for (const [date, title, summary] of WEBINARS) {
      const slug = `webinar-${date.slice(0, 7)}`;
      const past = date < '2026-11-21';
      const id = await this.event(tx, {
        slug,
        kind: 'webinar',
        title: `Monthly webinar: ${title}`,
        summary,
        venueName: 'Online',
        startsAt: at(date, '12:00'),
        endsAt: at(date, '13:00'),
        cancellationDeadline: null,
        questions: [],
        joinUrl: `https://meet.confer.test/${slug}`,
        recordingUrl: past ? `https://video.confer.test/${slug}` : null,
        createdBy: admin.id,
      });
      webinarTickets.push(await this.ticket(tx, { eventId: id, name: 'Webinar seat', listPriceCents: 9500, capacity: null, inPerson: false, includedInPremium: true }));
    }

    await tx.query(
      `insert into promo_codes (code, description, event_id, percent_off, max_uses, expires_at, created_by) values ('JAX2027EARLY', 'Early-bird: 15% off the conference until 30 September', $1, 15, 100, $2, $3)`,
      [conference, at('2027-09-30', '23:59'), admin.id],
    );

    // Registrations. Last year's Residency: Sarah and Marcus attended (checked in at the door).
    const person = (email: string) => users.get(email);
    for (const [email, time] of [['sarah.chen@confer.test', '08:02'], ['marcus.johnson@confer.test', '08:17']] as const) {
      const u = person(email);
      if (!u) continue;
      const reg = await this.register(tx, u, pastTicket, pastResidency, { state: 'paid', tier: 'premium', answers: { diet: 'None' }, placedAt: at('2026-09-15', '10:00') });
      await tx.query(`update registrations set checked_in_at = $2, checked_in_by = $3 where id = $1`, [reg, at('2026-11-13', time), admin.id]);
    }
    const sarah = person('sarah.chen@confer.test');
    if (sarah) {
      const reg = await this.register(tx, sarah, conferenceTicket, conference, { state: 'paid', tier: 'premium', answers: { diet: 'Vegetarian' } });
      // Her personal agenda: the first keynote and two case studies that run in parallel (a clash she chose).
      const sessions: { id: string }[] = await tx.query(
        `select id from event_sessions where event_id = $1 and title in ('The patients were there first: listening before broadcasting', 'Getting legal to yes: relaunching a hospital’s Instagram', 'Experts by experience: a celiac community that answers each other') order by starts_at, track`,
        [conference],
      );
      for (const s of sessions) await tx.query(`insert into agenda_choices (registration_id, session_id, user_id) values ($1, $2, $3)`, [reg, s.id, sarah.id]);
    }
    const david = person('david.miller@confer.test');
    if (david) await this.register(tx, david, residencyTicket, residency, { state: 'awaiting_payment', tier: 'premium', answers: { diet: 'None', access: 'Aisle seat, please' } });
    const priya = person('priya.patel@confer.test');
    if (priya && webinarTickets[1]) {
      const [december] = await tx.query(`select event_id from ticket_types where id = $1`, [webinarTickets[1]]);
      await this.register(tx, priya, webinarTickets[1], december.event_id, { state: 'paid', tier: 'premium', answers: {}, inPerson: false, includedInPremium: true });
    }
  }

  private async event(tx: Tx, e: Record<string, unknown>): Promise<string> {
    const [row] = await tx.query(
      `insert into events (slug, kind, title, summary, description, venue_name, venue_address, time_zone, starts_at, ends_at, status, cancellation_deadline, join_url, recording_url, questions, includes_course, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'published', $11, $12, $13, $14, $15, $16) returning id`,
      [e.slug, e.kind, e.title, e.summary ?? null, e.description ?? null, e.venueName ?? null, e.venueAddress ?? null, NY, e.startsAt, e.endsAt, e.cancellationDeadline ?? null, e.joinUrl ?? null, e.recordingUrl ?? null, JSON.stringify(e.questions ?? []), e.includesCourse ?? false, e.createdBy],
    );
    return row.id;
  }

  private async ticket(tx: Tx, t: { eventId: string | null; kind?: string; name: string; description?: string; listPriceCents: number; capacity: number | null; inPerson: boolean; includedInPremium?: boolean; saleEndsAt?: Date }): Promise<string> {
    const [row] = await tx.query(
      `insert into ticket_types (kind, event_id, name, description, list_price_cents, capacity, in_person, included_in_premium, sale_ends_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
      [t.kind ?? 'event', t.eventId, t.name, t.description ?? null, t.listPriceCents, t.capacity, t.inPerson, t.includedInPremium ?? false, t.saleEndsAt ?? null],
    );
    return row.id;
  }

  /** One seat bought by the member for themselves, priced by the same rule as checkout, with its invoice. */
  private async register(
    tx: Tx,
    u: { id: string; display_name: string; credentials: string | null; organization_name: string | null },
    ticketTypeId: string,
    eventId: string,
    o: { state: 'paid' | 'awaiting_payment'; tier: 'guest' | 'premium'; answers: Record<string, string>; placedAt?: Date; inPerson?: boolean; includedInPremium?: boolean },
  ): Promise<string> {
    const [ticket] = await tx.query(`select list_price_cents from ticket_types where id = $1`, [ticketTypeId]);
    const placed = o.placedAt ?? at('2026-11-02', '09:30');
    const price = priceItem({ item: { listPriceCents: ticket.list_price_cents, inPerson: o.inPerson ?? true, includedInPremium: o.includedInPremium ?? false, ticketTypeId }, buyerTier: o.tier, promo: null, now: placed });
    const free = price.totalCents === 0;
    const [{ n }] = await tx.query(`select nextval('order_invoice_seq')::int as n`);
    const [order] = await tx.query(
      `insert into orders (buyer_id, state, subtotal_cents, discount_cents, total_cents, discount_reason, price_breakdown, buyer_tier, idempotency_key, invoice_number, payment_provider, confirmed_at, paid_at, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $12) returning id`,
      [u.id, o.state, price.listPriceCents, price.discountCents, price.totalCents, price.reason, JSON.stringify(price), o.tier, `demo-${ticketTypeId}-${u.id}`.slice(0, 100), free ? null : `INV-${placed.getUTCFullYear()}-${n}`, free ? 'none' : 'invoice', placed, o.state === 'paid' ? placed : null],
    );
    const [line] = await tx.query(
      `insert into order_lines (order_id, ticket_type_id, quantity, unit_list_cents, unit_discount_cents, line_total_cents) values ($1, $2, 1, $3, $4, $5) returning id`,
      [order.id, ticketTypeId, price.listPriceCents, price.discountCents, price.totalCents],
    );
    const [reg] = await tx.query(
      `insert into registrations (order_id, order_line_id, event_id, ticket_type_id, seat_index, attendee_user_id, attendee_name, attendee_email, attendee_credentials, attendee_organization, answers, status, ics_uid, created_at)
       select $1, $2, $3, $4, 0, u.id, $5, u.email, $6, $7, $8, 'confirmed', gen_random_uuid()::text || '@' || $9, $10 from users u where u.id = $11 returning id`,
      [order.id, line.id, eventId, ticketTypeId, u.display_name, u.credentials, u.organization_name, JSON.stringify(o.answers), new URL(this.config.publicUrl).hostname, placed, u.id],
    );
    await tx.query(`update ticket_types set taken = taken + 1 where id = $1`, [ticketTypeId]);
    return reg.id;
  }
}
