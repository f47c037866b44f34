import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddForumSuspensions1795280000000 implements MigrationInterface {
  name = 'AddForumSuspensions1795280000000';

  async up(q: QueryRunner): Promise<void> {
    // A suspended member may still read but not post or react until the date passes.
    await q.query(`
      create table forum_suspensions (
        user_id uuid primary key references users(id) on delete cascade,
        until timestamptz not null,
        reason text not null,
        suspended_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists forum_suspensions`);
  }
}
