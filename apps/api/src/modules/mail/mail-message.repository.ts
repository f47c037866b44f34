import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MailMessageEntity } from './entities/mail-message.entity';

@Injectable()
export class MailMessageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(data: Pick<MailMessageEntity, 'kind' | 'toAddress' | 'subject' | 'textBody' | 'htmlBody' | 'icsMethod' | 'icsBody'> & Partial<Pick<MailMessageEntity, 'headers' | 'attachments'>>, tx: EntityManager): Promise<string> {
    const result = await tx.getRepository(MailMessageEntity).insert({ ...data, status: 'queued', attempts: 0 });
    return result.identifiers[0].id as string;
  }

  /**
   * Claims a queued message for sending, or null when it was already sent or is being sent by another
   * worker. The lock is held by `tx` until the caller marks the outcome.
   */
  async claim(id: string, tx: EntityManager): Promise<MailMessageEntity | null> {
    return tx
      .getRepository(MailMessageEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('m.id = :id and m.status = :status', { id, status: 'queued' })
      .getOne();
  }

  async status(id: string): Promise<MailMessageEntity['status'] | null> {
    const [row] = await this.dataSource.query(`select status from mail_messages where id = $1`, [id]);
    return row?.status ?? null;
  }

  async markSent(id: string, tx: EntityManager): Promise<void> {
    await tx.query(`update mail_messages set status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = null where id = $1`, [id]);
  }

  async recordFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.dataSource.query(
      `update mail_messages set attempts = attempts + 1, last_error = $2, status = case when $3 then 'failed' else status end where id = $1`,
      [id, error.slice(0, 500), final],
    );
  }

  countByStatus(): Promise<{ status: string; n: number }[]> {
    return this.dataSource.query(`select status, count(*)::int as n from mail_messages group by status`);
  }
}
