import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountTokenEntity, TokenPurpose } from './entities/account-token.entity';

@Injectable()
export class AccountTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(data: { userId: string; purpose: TokenPurpose; tokenHash: string; expiresAt: Date }, tx: EntityManager): Promise<void> {
    await tx.getRepository(AccountTokenEntity).insert(data);
  }

  /** Marks the token used and returns its owner in one statement, so a token can be redeemed once only. */
  async consume(tokenHash: string, purpose: TokenPurpose, tx: EntityManager): Promise<{ userId: string } | null> {
    // TypeORM returns [rows, affected] for UPDATE ... RETURNING.
    const [rows]: [{ user_id: string }[], number] = await tx.query(
      `update account_tokens set used_at = now()
        where token_hash = $1 and purpose = $2 and used_at is null and expires_at > now()
        returning user_id`,
      [tokenHash, purpose],
    );
    return rows[0] ? { userId: rows[0].user_id } : null;
  }

  /** Older unused links of the same kind stop working when a new one is issued or one is used. */
  async revokeOpen(userId: string, purpose: TokenPurpose, tx: EntityManager): Promise<void> {
    await tx.query(`update account_tokens set used_at = now() where user_id = $1 and purpose = $2 and used_at is null`, [userId, purpose]);
  }

  async find(tokenHash: string): Promise<AccountTokenEntity | null> {
    return this.dataSource.manager.getRepository(AccountTokenEntity).findOneBy({ tokenHash });
  }
}
