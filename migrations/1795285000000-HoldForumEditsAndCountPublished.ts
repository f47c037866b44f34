import { MigrationInterface, QueryRunner } from 'typeorm';

export class HoldForumEditsAndCountPublished1795285000000 implements MigrationInterface {
  name = 'HoldForumEditsAndCountPublished1795285000000';

  async up(q: QueryRunner): Promise<void> {
    // post_count and last_post_at describe published (visible) posts only: a held or hidden post must
    // not show that it exists. Post numbers come from their own counter, last_seq.
    await q.query(`alter table forum_threads add column last_seq int not null default 0`);
    await q.query(`update forum_threads t set last_seq = coalesce((select max(p.seq) from forum_posts p where p.thread_id = t.id), 0)`);
    await q.query(`
      create function forum_thread_published_stats() returns trigger language plpgsql as $$
      declare
        tid uuid;
        new_seq int := 0;
      begin
        if tg_op = 'DELETE' then
          tid := old.thread_id;
        else
          tid := new.thread_id;
          new_seq := new.seq;
        end if;
        -- Lock first, count after: the count then sees every change committed before the lock.
        perform 1 from forum_threads where id = tid for update;
        update forum_threads t
           set post_count = (select count(*) from forum_posts p where p.thread_id = tid and p.status = 'visible'),
               last_post_at = coalesce((select max(p.created_at) from forum_posts p where p.thread_id = tid and p.status = 'visible'), t.created_at),
               last_seq = greatest(t.last_seq, new_seq)
         where t.id = tid;
        return null;
      end $$`);
    await q.query(`
      create trigger forum_posts_published_stats
        after insert or delete or update of status on forum_posts
        for each row execute function forum_thread_published_stats()`);
    await q.query(`
      update forum_threads t
         set post_count = (select count(*) from forum_posts p where p.thread_id = t.id and p.status = 'visible'),
             last_post_at = coalesce((select max(p.created_at) from forum_posts p where p.thread_id = t.id and p.status = 'visible'), t.created_at)`);

    // An author's edit of a published post that must be reviewed (pre-moderated category, or a likely
    // patient identifier) waits here; readers keep seeing the published version until it is approved.
    await q.query(`
      create table forum_post_pending_edits (
        post_id uuid primary key references forum_posts(id) on delete cascade,
        body_md text not null,
        body_html text not null,
        phi_findings jsonb not null default '[]',
        held_reason text not null,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index forum_post_pending_edits_created_idx on forum_post_pending_edits (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists forum_post_pending_edits`);
    await q.query(`drop trigger if exists forum_posts_published_stats on forum_posts`);
    await q.query(`drop function if exists forum_thread_published_stats()`);
    await q.query(`update forum_threads set post_count = last_seq`);
    await q.query(`alter table forum_threads drop column if exists last_seq`);
  }
}
