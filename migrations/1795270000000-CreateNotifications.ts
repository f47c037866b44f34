import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1795270000000 implements MigrationInterface {
  name = 'CreateNotifications1795270000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per member per post (the unique key makes publishing a post twice harmless).
    // email: none = not for email; pending = waiting for the send check or the digest; sent; skipped.
    await q.query(`
      create table notifications (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references users(id) on delete cascade,
        kind text not null check (kind in ('reply','mention','watched')),
        thread_id uuid not null references forum_threads(id) on delete cascade,
        post_id uuid not null references forum_posts(id) on delete cascade,
        email text not null default 'none' check (email in ('none','pending','sent','skipped')),
        unsubscribe_scope text not null default 'thread' check (unsubscribe_scope in ('thread','category')),
        read_at timestamptz,
        created_at timestamptz not null default now(),
        unique (user_id, post_id)
      )`);
    await q.query(`create index notifications_user_idx on notifications (user_id, read_at, created_at desc)`);
    await q.query(`create index notifications_post_pending_idx on notifications (post_id) where email = 'pending'`);
    await q.query(`create index notifications_user_thread_idx on notifications (user_id, thread_id)`);

    await q.query(`
      create table forum_watches (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references users(id) on delete cascade,
        thread_id uuid references forum_threads(id) on delete cascade,
        category_id uuid references forum_categories(id) on delete cascade,
        level text not null check (level in ('watching','tracking','normal','muted')),
        updated_at timestamptz not null default now(),
        constraint forum_watches_target check ((thread_id is null) <> (category_id is null))
      )`);
    await q.query(`create unique index forum_watches_thread_key on forum_watches (user_id, thread_id) where thread_id is not null`);
    await q.query(`create unique index forum_watches_category_key on forum_watches (user_id, category_id) where category_id is not null`);
    await q.query(`create index forum_watches_thread_idx on forum_watches (thread_id) where thread_id is not null`);
    await q.query(`create index forum_watches_category_idx on forum_watches (category_id) where category_id is not null`);

    await q.query(`
      create table notification_preferences (
        user_id uuid primary key references users(id) on delete cascade,
        email_mode text not null default 'immediate' check (email_mode in ('immediate','daily','weekly','off')),
        last_digest_at timestamptz,
        updated_at timestamptz not null default now()
      )`);
    await q.query(`create index notification_preferences_digest_idx on notification_preferences (email_mode) where email_mode in ('daily','weekly')`);

    // Extra headers kept with an outbox message (List-Unsubscribe on notification emails).
    await q.query(`alter table mail_messages add column headers jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table mail_messages drop column if exists headers`);
    for (const t of ['notification_preferences', 'forum_watches', 'notifications']) await q.query(`drop table if exists ${t}`);
  }
}
