import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certificate course sold on its own through the events checkout: a ticket type of kind 'course'
 * points at the course it opens (no event, no seats). One active product per course, so the course
 * page can find what to sell.
 */
export class AddCourseProducts1795370000000 implements MigrationInterface {
  name = 'AddCourseProducts1795370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table ticket_types drop constraint ticket_types_kind_check`);
    await q.query(`alter table ticket_types add constraint ticket_types_kind_check check (kind in ('event','bundle','membership','course'))`);
    await q.query(`alter table ticket_types add column course_id uuid references courses(id) on delete restrict`);
    await q.query(`alter table ticket_types add constraint ticket_types_course check ((kind = 'course') = (course_id is not null))`);
    await q.query(`create unique index ticket_types_one_course_product on ticket_types (course_id) where kind = 'course' and active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`delete from ticket_types where kind = 'course'`);
    await q.query(`drop index if exists ticket_types_one_course_product`);
    await q.query(`alter table ticket_types drop constraint if exists ticket_types_course`);
    await q.query(`alter table ticket_types drop column if exists course_id`);
    await q.query(`alter table ticket_types drop constraint ticket_types_kind_check`);
    await q.query(`alter table ticket_types add constraint ticket_types_kind_check check (kind in ('event','bundle','membership'))`);
  }
}
