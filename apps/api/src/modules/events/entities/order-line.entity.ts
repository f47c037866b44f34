import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'order_lines' })
export class OrderLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'order_id' }) orderId: string;
  @Column('uuid', { name: 'ticket_type_id' }) ticketTypeId: string;
  @Column('int') quantity: number;
  @Column('int', { name: 'unit_list_cents' }) unitListCents: number;
  @Column('int', { name: 'unit_discount_cents' }) unitDiscountCents: number;
  @Column('int', { name: 'line_total_cents' }) lineTotalCents: number;
}
