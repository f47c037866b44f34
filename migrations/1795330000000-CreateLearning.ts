import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLearning1795330000000 implements MigrationInterface {
  name = 'CreateLearning1795330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table courses (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        title text not null check (length(title) between 1 and 200),
        summary text not null,
        price_cents integer not null check (price_cents >= 0),
        created_at timestamptz not null default now()
      )`);
    await q.query(`
      create table course_modules (
        id uuid primary key default gen_random_uuid(),
        course_id uuid not null references courses(id) on delete cascade,
        slug text not null check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        position integer not null,
        title text not null check (length(title) between 1 and 200),
        summary text not null check (length(summary) <= 1000),
        estimated_minutes integer not null check (estimated_minutes between 1 and 600),
        content_md text not null check (length(content_md) between 1 and 100000),
        content_html text not null,
        video_url text check (video_url ~ '^https://'),
        pass_mark integer not null check (pass_mark between 1 and 100),
        created_at timestamptz not null default now(),
        unique (course_id, slug),
        unique (course_id, position)
      )`);
    await q.query(`
      create table course_quiz_questions (
        id uuid primary key default gen_random_uuid(),
        module_id uuid not null references course_modules(id) on delete cascade,
        position integer not null,
        prompt text not null check (length(prompt) between 1 and 1000),
        choices text[] not null check (cardinality(choices) between 2 and 8),
        correct_index integer not null,
        constraint course_quiz_questions_correct check (correct_index >= 0 and correct_index < cardinality(choices)),
        unique (module_id, position)
      )`);

    // One table for every way into the course; purchase and residency rows carry the order or
    // registration they came from, so a retried checkout never adds a second grant.
    await q.query(`
      create table course_access_grants (
        id uuid primary key default gen_random_uuid(),
        course_id uuid not null references courses(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        source text not null check (source in ('staff','purchase','residency')),
        reference text check (length(reference) <= 200),
        note text check (length(note) <= 500),
        granted_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now(),
        revoked_at timestamptz,
        revoked_by uuid references users(id) on delete set null,
        constraint course_access_grants_reference check ((source = 'staff') = (reference is null))
      )`);
    await q.query(`create unique index course_access_grants_one_staff on course_access_grants (course_id, user_id) where source = 'staff' and revoked_at is null`);
    await q.query(`create unique index course_access_grants_one_per_reference on course_access_grants (course_id, source, reference) where reference is not null`);
    await q.query(`create index course_access_grants_user_idx on course_access_grants (user_id, course_id)`);

    await q.query(`
      create table course_module_progress (
        user_id uuid not null references users(id) on delete cascade,
        module_id uuid not null references course_modules(id) on delete cascade,
        read_at timestamptz,
        attempts integer not null default 0,
        last_score integer check (last_score between 0 and 100),
        best_score integer check (best_score between 0 and 100),
        passed_at timestamptz,
        last_activity_at timestamptz not null default now(),
        primary key (user_id, module_id)
      )`);
    await q.query(`
      create table course_quiz_attempts (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references users(id) on delete cascade,
        module_id uuid not null references course_modules(id) on delete cascade,
        answers jsonb not null,
        correct_count integer not null,
        total integer not null,
        score integer not null check (score between 0 and 100),
        passed boolean not null,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index course_quiz_attempts_user_idx on course_quiz_attempts (user_id, module_id, created_at desc)`);

    // The name is kept as it was on the day: a certificate is a record of that day.
    await q.query(`
      create table course_certificates (
        id uuid primary key default gen_random_uuid(),
        course_id uuid not null references courses(id) on delete restrict,
        user_id uuid not null references users(id) on delete cascade,
        code text not null unique check (code ~ '^SFHC(-[0-9A-HJKMNP-TV-Z]{5}){4}$'),
        holder_name text not null,
        course_title text not null,
        issued_at timestamptz not null default now(),
        unique (course_id, user_id)
      )`);

    await q.query(
      `insert into courses (slug, title, summary, price_cents) values ($1, $2, $3, 25000)`,
      [
        'social-for-healthcare',
        'Social for Healthcare Certificate',
        'On-demand training for busy health-care professionals who want to use social media safely and effectively: short modules you can take in any order, each with a quiz, and a certificate when you finish.',
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['course_certificates', 'course_quiz_attempts', 'course_module_progress', 'course_access_grants', 'course_quiz_questions', 'course_modules', 'courses']) {
      await q.query(`drop table if exists ${table}`);
    }
  }
}
