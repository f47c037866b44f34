import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'promo_codes' })
export class PromoCodeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored upper-case; buyers may type it in any case. */
  @Column('text') code: string;
  @Column('text', { nullable: true }) description: string | null;
  /** Limited to one event's ticket types; null: any event (unless limited to ticket types). */
  @Column('uuid', { name: 'event_id', nullable: true }) eventId: string | null;
  @Column('int', { name: 'percent_off', nullable: true }) percentOff: number | null;
  @Column('int', { name: 'amount_off_cents', nullable: true }) amountOffCents: number | null;
  @Column('int', { name: 'max_uses', nullable: true }) maxUses: number | null;
  @Column('int') uses: number;
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt: Date | null;
  @Column('boolean') active: boolean;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
