import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'moderation_actions' })
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'actor_id' }) actorId: string;
  @Column('text') action: string;
  @Column('text', { name: 'target_type' }) targetType: string;
  @Column('uuid', { name: 'target_id' }) targetId: string;
  @Column('text', { nullable: true }) reason: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
