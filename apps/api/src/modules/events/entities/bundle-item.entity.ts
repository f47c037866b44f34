import { Entity, PrimaryColumn } from 'typeorm';

/** A bundle grants one seat of each component ticket type (each in its own event) per unit bought. */
@Entity({ name: 'bundle_items' })
export class BundleItemEntity {
  @PrimaryColumn('uuid', { name: 'bundle_id' }) bundleId: string;
  @PrimaryColumn('uuid', { name: 'ticket_type_id' }) ticketTypeId: string;
}
