import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'course_certificates' })
export class CourseCertificateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'course_id' }) courseId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') code: string;
  @Column('text', { name: 'holder_name' }) holderName: string;
  @Column('text', { name: 'course_title' }) courseTitle: string;
  @Column('timestamptz', { name: 'issued_at' }) issuedAt: Date;
}
