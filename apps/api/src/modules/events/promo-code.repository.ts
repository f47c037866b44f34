import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PromoCodeEntity } from './entities/promo-code.entity';
import { PromoCodeTicketTypeEntity } from './entities/promo-code-ticket-type.entity';

export interface PromoWithLimits {
  promo: PromoCodeEntity;
  /** null: any ticket type. */
  ticketTypeIds: string[] | null;
}

@Injectable()
export class PromoCodeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** An active code, case-insensitively, with its ticket-type limits. */
  async findByCode(code: string, tx?: EntityManager): Promise<PromoWithLimits | null> {
    const promo = await this.m(tx).getRepository(PromoCodeEntity).findOneBy({ code: code.trim().toUpperCase(), active: true });
    if (!promo) return null;
    const limits = await this.m(tx).getRepository(PromoCodeTicketTypeEntity).findBy({ promoCodeId: promo.id });
    return { promo, ticketTypeIds: limits.length ? limits.map((l) => l.ticketTypeId) : null };
  }

  /** Counts one use (per order) unless the cap is reached; false when used up meanwhile. */
  async use(tx: EntityManager, id: string): Promise<boolean> {
    const [rows] = await tx.query(`update promo_codes set uses = uses + 1 where id = $1 and (max_uses is null or uses < max_uses) returning id`, [id]);
    return rows.length > 0;
  }

  /** Gives a use back when its order ends unpaid (expired or cancelled before payment). */
  async unuse(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`update promo_codes set uses = greatest(uses - 1, 0) where id = $1`, [id]);
  }
}
