import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events, their agenda, what can be bought (event tickets, bundles, the premium membership), orders
 * and the seats they hold, registrations, the waiting list and personal agenda choices.
 * Seat counts are a counter on ticket_types guarded by CHECKs: the database itself refuses an oversell.
 */
export class CreateEvents1795300000000 implements MigrationInterface {
  name = 'CreateEvents1795300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table events (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
        kind text not null check (kind in ('conference','residency','webinar','other')),
        title text not null check (length(title) between 1 and 200),
        summary text,
        description text,
        venue_name text,
        venue_address text,
        time_zone text not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        status text not null default 'draft' check (status in ('draft','published','cancelled')),
        cancellation_deadline timestamptz,
        join_url text,
        recording_url text,
        questions jsonb not null default '[]' check (jsonb_typeof(questions) = 'array'),
        includes_course boolean not null default false,
        cancelled_at timestamptz,
        cancel_reason text,
        created_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint events_window check (ends_at > starts_at)
      )`);
    await q.query(`create index events_listing_idx on events (status, starts_at)`);

    // "sessions" is the login session store; agenda items are event_sessions.
    await q.query(`
      create table event_sessions (
        id uuid primary key default gen_random_uuid(),
        event_id uuid not null references events(id) on delete cascade,
        type text not null check (type in ('keynote','case_study','workshop','networking','consultation_block','other')),
        title text not null check (length(title) between 1 and 200),
        description text,
        track text,
        room text,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        position integer not null default 0,
        created_at timestamptz not null default now(),
        constraint event_sessions_window check (ends_at > starts_at)
      )`);
    await q.query(`create index event_sessions_event_idx on event_sessions (event_id, starts_at, track)`);
    await q.query(`
      create table event_session_speakers (
        session_id uuid not null references event_sessions(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        position integer not null default 0,
        primary key (session_id, user_id)
      )`);
    await q.query(`create index event_session_speakers_user_idx on event_session_speakers (user_id)`);

    // What can be bought. kind 'event': seats in one event; 'bundle': seats in each component
    // (bundle_items); 'membership': a premium grant of membership_months, no event.
    await q.query(`
      create table ticket_types (
        id uuid primary key default gen_random_uuid(),
        kind text not null default 'event' check (kind in ('event','bundle','membership')),
        event_id uuid references events(id) on delete cascade,
        name text not null check (length(name) between 1 and 120),
        description text,
        list_price_cents integer not null check (list_price_cents >= 0),
        capacity integer check (capacity >= 0),
        taken integer not null default 0 check (taken >= 0),
        sale_starts_at timestamptz,
        sale_ends_at timestamptz,
        audience text not null default 'anyone' check (audience in ('anyone','premium')),
        in_person boolean not null default false,
        included_in_premium boolean not null default false,
        max_per_order integer not null default 10 check (max_per_order between 1 and 100),
        membership_months integer check (membership_months between 1 and 120),
        position integer not null default 0,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint ticket_types_no_oversell check (capacity is null or taken <= capacity),
        constraint ticket_types_event check ((kind = 'event') = (event_id is not null)),
        constraint ticket_types_membership check ((kind = 'membership') = (membership_months is not null)),
        constraint ticket_types_sale_window check (sale_ends_at is null or sale_starts_at is null or sale_ends_at > sale_starts_at)
      )`);
    await q.query(`create index ticket_types_event_idx on ticket_types (event_id, position)`);
    await q.query(`
      create table bundle_items (
        bundle_id uuid not null references ticket_types(id) on delete cascade,
        ticket_type_id uuid not null references ticket_types(id) on delete restrict,
        primary key (bundle_id, ticket_type_id),
        constraint bundle_items_not_self check (bundle_id <> ticket_type_id)
      )`);
    await q.query(`create index bundle_items_component_idx on bundle_items (ticket_type_id)`);

    await q.query(`
      create table promo_codes (
        id uuid primary key default gen_random_uuid(),
        code text not null check (code ~ '^[A-Z0-9][A-Z0-9_-]{2,39}$'),
        description text,
        event_id uuid references events(id) on delete cascade,
        percent_off integer check (percent_off between 1 and 100),
        amount_off_cents integer check (amount_off_cents > 0),
        max_uses integer check (max_uses >= 1),
        uses integer not null default 0 check (uses >= 0),
        expires_at timestamptz,
        active boolean not null default true,
        created_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now(),
        constraint promo_codes_one_kind check ((percent_off is null) <> (amount_off_cents is null)),
        constraint promo_codes_cap check (max_uses is null or uses <= max_uses)
      )`);
    await q.query(`create unique index promo_codes_code_key on promo_codes (code)`);
    await q.query(`
      create table promo_code_ticket_types (
        promo_code_id uuid not null references promo_codes(id) on delete cascade,
        ticket_type_id uuid not null references ticket_types(id) on delete cascade,
        primary key (promo_code_id, ticket_type_id)
      )`);

    await q.query(`create sequence order_invoice_seq start 1001`);
    await q.query(`
      create table orders (
        id uuid primary key default gen_random_uuid(),
        buyer_id uuid not null references users(id) on delete restrict,
        state text not null default 'pending' check (state in ('pending','awaiting_payment','paid','expired','cancelled','refunded')),
        currency text not null default 'USD' check (currency = 'USD'),
        subtotal_cents integer not null check (subtotal_cents >= 0),
        discount_cents integer not null default 0 check (discount_cents >= 0),
        total_cents integer not null check (total_cents >= 0),
        discount_reason text not null default 'none' check (discount_reason in ('none','premium_member','included_in_premium','promo_code')),
        promo_code_id uuid references promo_codes(id) on delete set null,
        price_breakdown jsonb not null default '{}',
        buyer_tier text not null check (buyer_tier in ('guest','premium')),
        idempotency_key text not null check (length(idempotency_key) between 8 and 100),
        hold_expires_at timestamptz,
        invoice_number text unique,
        payment_provider text,
        payment_reference text,
        waitlist_entry_id uuid,
        premium_grant_id uuid references premium_grants(id) on delete set null,
        confirmed_at timestamptz,
        paid_at timestamptz,
        marked_paid_by uuid references users(id) on delete set null,
        expired_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by uuid references users(id) on delete set null,
        refunded_at timestamptz,
        refund_cents integer check (refund_cents >= 0),
        cancel_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint orders_total check (total_cents = subtotal_cents - discount_cents),
        constraint orders_idempotency unique (buyer_id, idempotency_key),
        constraint orders_hold check (state <> 'pending' or hold_expires_at is not null),
        constraint orders_refund check (refund_cents is null or refund_cents <= total_cents)
      )`);
    await q.query(`create index orders_buyer_idx on orders (buyer_id, created_at desc)`);
    // The expiry sweep reads only live holds.
    await q.query(`create index orders_pending_hold_idx on orders (hold_expires_at) where state = 'pending'`);

    await q.query(`
      create table order_lines (
        id uuid primary key default gen_random_uuid(),
        order_id uuid not null references orders(id) on delete cascade,
        ticket_type_id uuid not null references ticket_types(id) on delete restrict,
        quantity integer not null check (quantity between 1 and 100),
        unit_list_cents integer not null check (unit_list_cents >= 0),
        unit_discount_cents integer not null default 0 check (unit_discount_cents >= 0 and unit_discount_cents <= unit_list_cents),
        line_total_cents integer not null check (line_total_cents >= 0),
        constraint order_lines_total check (line_total_cents = quantity * (unit_list_cents - unit_discount_cents))
      )`);
    await q.query(`create index order_lines_order_idx on order_lines (order_id)`);
    await q.query(`create index order_lines_ticket_type_idx on order_lines (ticket_type_id)`);

    // One row per seat per event: a bundle of two events for two people is four registrations.
    await q.query(`
      create table registrations (
        id uuid primary key default gen_random_uuid(),
        order_id uuid not null references orders(id) on delete cascade,
        order_line_id uuid not null references order_lines(id) on delete cascade,
        event_id uuid not null references events(id) on delete restrict,
        ticket_type_id uuid not null references ticket_types(id) on delete restrict,
        seat_index integer not null check (seat_index >= 0),
        attendee_user_id uuid references users(id) on delete set null,
        attendee_name text not null check (length(attendee_name) between 1 and 200),
        attendee_email text not null check (length(attendee_email) between 3 and 320),
        attendee_credentials text,
        attendee_organization text,
        answers jsonb not null default '{}' check (jsonb_typeof(answers) = 'object'),
        status text not null default 'held' check (status in ('held','confirmed','cancelled','expired')),
        ics_uid text not null unique,
        ics_sequence integer not null default 0 check (ics_sequence >= 0),
        ticket_token_id uuid not null unique default gen_random_uuid(),
        checked_in_at timestamptz,
        checked_in_by uuid references users(id) on delete set null,
        cancelled_at timestamptz,
        cancelled_by uuid references users(id) on delete set null,
        refund_cents integer check (refund_cents >= 0),
        transferred_at timestamptz,
        transferred_from jsonb,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (order_line_id, event_id, seat_index),
        constraint registrations_check_in check (checked_in_by is null or checked_in_at is not null)
      )`);
    await q.query(`create index registrations_event_idx on registrations (event_id, status)`);
    await q.query(`create index registrations_order_idx on registrations (order_id)`);
    await q.query(`create index registrations_attendee_idx on registrations (attendee_user_id) where attendee_user_id is not null`);
    await q.query(`create index registrations_attendee_email_idx on registrations (lower(attendee_email))`);

    await q.query(`
      create table waitlist_entries (
        id uuid primary key default gen_random_uuid(),
        event_id uuid not null references events(id) on delete cascade,
        ticket_type_id uuid not null references ticket_types(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        quantity integer not null default 1 check (quantity between 1 and 10),
        status text not null default 'waiting' check (status in ('waiting','offered','accepted','declined','lapsed','left')),
        held_seats integer not null default 0 check (held_seats >= 0),
        offered_at timestamptz,
        offer_expires_at timestamptz,
        order_id uuid references orders(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint waitlist_offer check (status <> 'offered' or (offer_expires_at is not null and held_seats > 0))
      )`);
    // One live place per member and ticket type; the queue is read in created_at order.
    await q.query(`create unique index waitlist_entries_live_key on waitlist_entries (ticket_type_id, user_id) where status in ('waiting','offered')`);
    await q.query(`create index waitlist_entries_queue_idx on waitlist_entries (ticket_type_id, created_at, id) where status = 'waiting'`);
    await q.query(`create index waitlist_entries_offers_idx on waitlist_entries (offer_expires_at) where status = 'offered'`);
    await q.query(`create index waitlist_entries_user_idx on waitlist_entries (user_id)`);
    await q.query(`alter table orders add constraint orders_waitlist_fk foreign key (waitlist_entry_id) references waitlist_entries(id) on delete set null`);

    await q.query(`
      create table agenda_choices (
        registration_id uuid not null references registrations(id) on delete cascade,
        session_id uuid not null references event_sessions(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        created_at timestamptz not null default now(),
        primary key (registration_id, session_id)
      )`);
    await q.query(`create index agenda_choices_user_idx on agenda_choices (user_id)`);
    await q.query(`create index agenda_choices_session_idx on agenda_choices (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['agenda_choices', 'registrations', 'order_lines']) await q.query(`drop table if exists ${table}`);
    await q.query(`alter table orders drop constraint if exists orders_waitlist_fk`);
    for (const table of ['waitlist_entries', 'orders', 'promo_code_ticket_types', 'promo_codes', 'bundle_items', 'ticket_types', 'event_session_speakers', 'event_sessions', 'events']) {
      await q.query(`drop table if exists ${table}`);
    }
    await q.query(`drop sequence if exists order_invoice_seq`);
  }
}
