import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConsultations1795310000000 implements MigrationInterface {
  name = 'CreateConsultations1795310000000';

  async up(q: QueryRunner): Promise<void> {
    // gist over (uuid =, tstzrange &&) needs btree_gist for the uuid equality.
    await q.query(`create extension if not exists btree_gist`);

    // Weekly rules and date overrides are edited and validated as one plan (libs/availability), so
    // they are stored with the profile as JSON; on-site blocks and bookings are rows.
    await q.query(`
      create table expert_profiles (
        user_id uuid primary key references users(id) on delete cascade,
        headline text,
        topics text[] not null default '{}',
        time_zone text not null,
        weekly_rules jsonb not null default '[]',
        date_overrides jsonb not null default '[]',
        buffer_before_minutes int not null default 0 check (buffer_before_minutes between 0 and 1440),
        buffer_after_minutes int not null default 0 check (buffer_after_minutes between 0 and 1440),
        minimum_notice_minutes int not null default 240 check (minimum_notice_minutes >= 0),
        horizon_days int not null default 60 check (horizon_days between 1 and 365),
        max_per_day int check (max_per_day is null or max_per_day >= 1),
        accepting boolean not null default true,
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create index expert_profiles_topics_idx on expert_profiles using gin (topics)`);

    await q.query(`
      create table consultation_types (
        id uuid primary key default gen_random_uuid(),
        expert_id uuid not null references expert_profiles(user_id) on delete cascade,
        title text not null,
        description text,
        duration_minutes int not null check (duration_minutes between 5 and 480),
        mode text not null check (mode in ('online','on_site')),
        meeting_url text,
        room text,
        intake_question text not null default 'What would you like feedback on?',
        active boolean not null default true,
        position int not null default 0,
        created_at timestamptz not null default now(),
        constraint consultation_types_place check ((mode = 'online') = (meeting_url is not null))
      )`);
    await q.query(`create index consultation_types_expert_idx on consultation_types (expert_id, position)`);

    await q.query(`
      create table expert_onsite_blocks (
        id uuid primary key default gen_random_uuid(),
        expert_id uuid not null references expert_profiles(user_id) on delete cascade,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        room text not null,
        event_session_id uuid,
        constraint expert_onsite_blocks_window check (ends_at > starts_at),
        constraint expert_onsite_blocks_no_overlap exclude using gist (expert_id with =, tstzrange(starts_at, ends_at) with &&)
      )`);
    // Tie blocks to the conference's "expert consultations" sessions when the events tables exist.
    await q.query(`
      do $$ begin
        if to_regclass('public.event_sessions') is not null then
          alter table expert_onsite_blocks add constraint expert_onsite_blocks_session_fk
            foreign key (event_session_id) references event_sessions(id) on delete set null;
        end if;
      end $$`);

    // blocked = [start − buffer before, end + buffer after): two live bookings of one expert can
    // never overlap, whatever the application checked (the constraint is the guarantee).
    await q.query(`
      create table consultations (
        id uuid primary key default gen_random_uuid(),
        expert_id uuid not null references expert_profiles(user_id) on delete cascade,
        member_id uuid not null references users(id) on delete cascade,
        type_id uuid not null references consultation_types(id),
        title text not null,
        mode text not null check (mode in ('online','on_site')),
        location text not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        time_zone text not null,
        blocked tstzrange not null,
        status text not null default 'booked' check (status in ('booked','cancelled','completed','no_show')),
        intake_answer text not null,
        expert_notes text,
        ics_uid text not null unique,
        ics_sequence int not null default 0,
        cancel_reason text,
        cancelled_by uuid references users(id) on delete set null,
        cancelled_at timestamptz,
        reminder_job_ids text[] not null default '{}',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint consultations_window check (ends_at > starts_at),
        constraint consultations_blocked_covers check (blocked @> tstzrange(starts_at, ends_at)),
        constraint consultations_not_self check (member_id <> expert_id),
        constraint consultations_no_overlap exclude using gist (expert_id with =, blocked with &&) where (status <> 'cancelled')
      )`);
    await q.query(`create index consultations_member_idx on consultations (member_id, starts_at)`);
    await q.query(`create index consultations_expert_idx on consultations (expert_id, starts_at)`);

    // One secret feed token per member; replacing it kills the old URL at once.
    await q.query(`
      create table calendar_feeds (
        user_id uuid primary key references users(id) on delete cascade,
        token text not null unique,
        created_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['calendar_feeds', 'consultations', 'expert_onsite_blocks', 'consultation_types', 'expert_profiles']) await q.query(`drop table if exists ${t}`);
  }
}
