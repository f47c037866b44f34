import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EmailMode } from '@confer/libs/notifications';

@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('text', { name: 'email_mode' }) emailMode: EmailMode;
  @Column('timestamptz', { name: 'last_digest_at', nullable: true }) lastDigestAt: Date | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
