import { Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'promo_code_ticket_types' })
export class PromoCodeTicketTypeEntity {
  @PrimaryColumn('uuid', { name: 'promo_code_id' }) promoCodeId: string;
  @PrimaryColumn('uuid', { name: 'ticket_type_id' }) ticketTypeId: string;
}
