import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrderState } from '@confer/libs/orders';
import type { DiscountReason, PriceBreakdown } from '@confer/libs/pricing';

@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'buyer_id' }) buyerId: string;
  @Column('text') state: OrderState;
  @Column('text') currency: string;
  @Column('int', { name: 'subtotal_cents' }) subtotalCents: number;
  @Column('int', { name: 'discount_cents' }) discountCents: number;
  @Column('int', { name: 'total_cents' }) totalCents: number;
  @Column('text', { name: 'discount_reason' }) discountReason: DiscountReason;
  @Column('uuid', { name: 'promo_code_id', nullable: true }) promoCodeId: string | null;
  /** The per-ticket breakdown the buyer saw, as priced by libs/pricing at the moment of purchase. */
  @Column('jsonb', { name: 'price_breakdown' }) priceBreakdown: PriceBreakdown;
  /** Membership as decided on the server at checkout. */
  @Column('text', { name: 'buyer_tier' }) buyerTier: 'guest' | 'premium';
  @Column('text', { name: 'idempotency_key' }) idempotencyKey: string;
  @Column('timestamptz', { name: 'hold_expires_at', nullable: true }) holdExpiresAt: Date | null;
  @Column('text', { name: 'invoice_number', nullable: true }) invoiceNumber: string | null;
  @Column('text', { name: 'payment_provider', nullable: true }) paymentProvider: string | null;
  @Column('text', { name: 'payment_reference', nullable: true }) paymentReference: string | null;
  @Column('uuid', { name: 'waitlist_entry_id', nullable: true }) waitlistEntryId: string | null;
  @Column('uuid', { name: 'premium_grant_id', nullable: true }) premiumGrantId: string | null;
  @Column('timestamptz', { name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  @Column('timestamptz', { name: 'paid_at', nullable: true }) paidAt: Date | null;
  @Column('uuid', { name: 'marked_paid_by', nullable: true }) markedPaidBy: string | null;
  @Column('timestamptz', { name: 'expired_at', nullable: true }) expiredAt: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('uuid', { name: 'cancelled_by', nullable: true }) cancelledBy: string | null;
  @Column('timestamptz', { name: 'refunded_at', nullable: true }) refundedAt: Date | null;
  @Column('int', { name: 'refund_cents', nullable: true }) refundCents: number | null;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
