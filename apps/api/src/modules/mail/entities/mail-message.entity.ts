import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
  cid?: string | null;
}

@Entity({ name: 'mail_messages' })
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: string;
  @Column('text', { name: 'to_address' }) toAddress: string;
  @Column('text') subject: string;
  @Column('text', { name: 'text_body' }) textBody: string;
  @Column('text', { name: 'html_body', nullable: true }) htmlBody: string | null;
  @Column('text', { name: 'ics_method', nullable: true }) icsMethod: string | null;
  @Column('text', { name: 'ics_body', nullable: true }) icsBody: string | null;
  @Column('jsonb', { nullable: true }) headers: Record<string, string> | null;
  /** Small inline files (e.g. a ticket's QR code), base64; `cid` lets the HTML part show one inline. */
  @Column('jsonb', { nullable: true }) attachments: MailAttachment[] | null;
  @Column('text') status: 'queued' | 'sent' | 'failed';
  @Column('int') attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
}
