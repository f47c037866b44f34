import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateForum1795260000000 implements MigrationInterface {
  name = 'CreateForum1795260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table forum_groups (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name text not null,
        description text,
        created_at timestamptz not null default now()
      )`);
    await q.query(`
      create table forum_group_members (
        group_id uuid not null references forum_groups(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        added_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now(),
        primary key (group_id, user_id)
      )`);
    await q.query(`create index forum_group_members_user_idx on forum_group_members (user_id)`);

    await q.query(`
      create table forum_categories (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
        name text not null,
        description text,
        audience text not null check (audience in ('public','premium','group')),
        group_id uuid references forum_groups(id) on delete restrict,
        allow_anonymous boolean not null default false,
        require_premoderation boolean not null default false,
        position integer not null default 0,
        created_at timestamptz not null default now(),
        constraint forum_categories_group check ((audience = 'group') = (group_id is not null))
      )`);

    await q.query(`
      create table forum_threads (
        id uuid primary key default gen_random_uuid(),
        category_id uuid not null references forum_categories(id) on delete restrict,
        author_id uuid not null references users(id) on delete restrict,
        anonymous boolean not null default false,
        title text not null check (length(title) between 1 and 200),
        status text not null default 'visible' check (status in ('visible','held','hidden','deleted')),
        pinned boolean not null default false,
        locked boolean not null default false,
        answer_post_id uuid,
        post_count integer not null default 0,
        last_post_at timestamptz not null default now(),
        created_at timestamptz not null default now(),
        search tsvector generated always as (to_tsvector('english', title)) stored
      )`);
    await q.query(`create index forum_threads_category_idx on forum_threads (category_id, pinned desc, last_post_at desc, id)`);
    await q.query(`create index forum_threads_search_idx on forum_threads using gin (search)`);

    await q.query(`
      create table forum_posts (
        id uuid primary key default gen_random_uuid(),
        thread_id uuid not null references forum_threads(id) on delete cascade,
        seq integer not null,
        author_id uuid not null references users(id) on delete restrict,
        anonymous boolean not null default false,
        body_md text not null check (length(body_md) between 1 and 50000),
        body_html text not null,
        status text not null default 'visible' check (status in ('visible','held','hidden','deleted')),
        held_reason text,
        phi_findings jsonb not null default '[]',
        quoted_post_id uuid references forum_posts(id) on delete set null,
        created_at timestamptz not null default now(),
        edited_at timestamptz,
        search tsvector generated always as (to_tsvector('english', body_md)) stored,
        unique (thread_id, seq)
      )`);
    await q.query(`create index forum_posts_author_idx on forum_posts (author_id, created_at desc)`);
    await q.query(`create index forum_posts_status_idx on forum_posts (status) where status <> 'visible'`);
    await q.query(`create index forum_posts_search_idx on forum_posts using gin (search)`);
    await q.query(`alter table forum_threads add constraint forum_threads_answer_fk foreign key (answer_post_id) references forum_posts(id) on delete set null`);

    // A stable per-thread pseudonym ("Member A") for each anonymous author.
    await q.query(`
      create table forum_pseudonyms (
        thread_id uuid not null references forum_threads(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        label text not null,
        primary key (thread_id, user_id),
        unique (thread_id, label)
      )`);

    await q.query(`
      create table forum_post_revisions (
        id uuid primary key default gen_random_uuid(),
        post_id uuid not null references forum_posts(id) on delete cascade,
        editor_id uuid not null references users(id) on delete restrict,
        body_md text not null,
        reason text,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index forum_post_revisions_post_idx on forum_post_revisions (post_id, created_at)`);

    await q.query(`
      create table forum_reactions (
        post_id uuid not null references forum_posts(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        kind text not null check (kind in ('helpful','thanks','agree')),
        created_at timestamptz not null default now(),
        primary key (post_id, user_id, kind)
      )`);

    await q.query(`
      create table forum_read_states (
        user_id uuid not null references users(id) on delete cascade,
        thread_id uuid not null references forum_threads(id) on delete cascade,
        last_read_seq integer not null default 0,
        updated_at timestamptz not null default now(),
        primary key (user_id, thread_id)
      )`);

    await q.query(`
      create table forum_drafts (
        user_id uuid not null references users(id) on delete cascade,
        scope text not null check (length(scope) <= 80),
        title text,
        body_md text not null default '' check (length(body_md) <= 50000),
        updated_at timestamptz not null default now(),
        primary key (user_id, scope)
      )`);

    await q.query(`
      create table forum_flags (
        id uuid primary key default gen_random_uuid(),
        post_id uuid not null references forum_posts(id) on delete cascade,
        reporter_id uuid not null references users(id) on delete cascade,
        reason text not null check (reason in ('patient_privacy','unprofessional','spam','other')),
        note text,
        status text not null default 'open' check (status in ('open','resolved')),
        resolved_by uuid references users(id) on delete set null,
        resolved_at timestamptz,
        created_at timestamptz not null default now(),
        unique (post_id, reporter_id)
      )`);
    await q.query(`create index forum_flags_open_idx on forum_flags (created_at) where status = 'open'`);

    await q.query(`
      create table moderation_actions (
        id uuid primary key default gen_random_uuid(),
        actor_id uuid not null references users(id) on delete restrict,
        action text not null,
        target_type text not null,
        target_id uuid not null,
        reason text,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index moderation_actions_created_idx on moderation_actions (created_at desc)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'moderation_actions',
      'forum_flags',
      'forum_drafts',
      'forum_read_states',
      'forum_reactions',
      'forum_post_revisions',
      'forum_pseudonyms',
    ]) {
      await q.query(`drop table if exists ${t}`);
    }
    await q.query(`alter table forum_threads drop constraint if exists forum_threads_answer_fk`);
    for (const t of ['forum_posts', 'forum_threads', 'forum_categories', 'forum_group_members', 'forum_groups']) {
      await q.query(`drop table if exists ${t}`);
    }
  }
}
