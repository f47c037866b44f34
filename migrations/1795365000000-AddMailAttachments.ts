import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Small files sent with an email (an event ticket's QR code): a JSON list of
 * { filename, contentType, contentBase64, cid } so the outbox row holds everything the worker sends.
 */
export class AddMailAttachments1795365000000 implements MigrationInterface {
  name = 'AddMailAttachments1795365000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table mail_messages add column attachments jsonb check (attachments is null or jsonb_typeof(attachments) = 'array')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table mail_messages drop column if exists attachments`);
  }
}
