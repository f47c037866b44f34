import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { CourseGrantSource } from '@confer/libs/learning';
import { CourseAccessGrantEntity } from './entities/course-access-grant.entity';

export interface GrantWithPerson extends CourseAccessGrantEntity {
  userEmail: string;
  userDisplayName: string;
}

/** Grants of course access: by staff, by a purchase, by a Residency registration. */
@Injectable()
export class CourseAccessGrantRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  async activeSources(courseId: string, userId: string): Promise<CourseGrantSource[]> {
    const rows: { source: CourseGrantSource }[] = await this.m().query(
      `select distinct source from course_access_grants where course_id = $1 and user_id = $2 and revoked_at is null`,
      [courseId, userId],
    );
    return rows.map((r) => r.source);
  }

  /** A staff grant; the partial unique index allows one active staff grant per member and course. */
  async insertStaffGrant(data: { courseId: string; userId: string; note: string | null; grantedBy: string }, tx?: EntityManager): Promise<CourseAccessGrantEntity> {
    const repo = this.m(tx).getRepository(CourseAccessGrantEntity);
    return repo.save(repo.create({ ...data, source: 'staff', reference: null, revokedAt: null, revokedBy: null }));
  }

  /**
   * A grant from an order or registration, once per reference: a retried checkout returns the grant
   * it already made (a revoked one stays revoked).
   */
  async insertReferenced(
    data: { courseId: string; userId: string; source: Exclude<CourseGrantSource, 'staff'>; reference: string; note: string | null },
    tx: EntityManager,
  ): Promise<CourseAccessGrantEntity> {
    await tx.query(
      `insert into course_access_grants (course_id, user_id, source, reference, note) values ($1, $2, $3, $4, $5)
       on conflict (course_id, source, reference) where reference is not null do nothing`,
      [data.courseId, data.userId, data.source, data.reference, data.note],
    );
    return (await tx.getRepository(CourseAccessGrantEntity).findOneBy({ courseId: data.courseId, source: data.source, reference: data.reference }))!;
  }

  async revoke(id: string, revokedBy: string | null, tx?: EntityManager): Promise<boolean> {
    const result = await this.m(tx).getRepository(CourseAccessGrantEntity).update({ id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedBy });
    return (result.affected ?? 0) > 0;
  }

  async revokeByReference(source: Exclude<CourseGrantSource, 'staff'>, reference: string, tx: EntityManager): Promise<number> {
    const result = await tx.getRepository(CourseAccessGrantEntity).update({ source, reference, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }

  /** The course's grants with who holds them, newest first (staff view). */
  async listForCourse(courseId: string, limit = 200): Promise<GrantWithPerson[]> {
    const rows: any[] = await this.m().query(
      `select g.*, u.email as user_email, u.display_name as user_display_name
         from course_access_grants g join users u on u.id = g.user_id
        where g.course_id = $1 order by g.revoked_at is null desc, g.created_at desc limit $2`,
      [courseId, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      courseId: r.course_id,
      userId: r.user_id,
      source: r.source,
      reference: r.reference,
      note: r.note,
      grantedBy: r.granted_by,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
      revokedBy: r.revoked_by,
      userEmail: r.user_email,
      userDisplayName: r.user_display_name,
    }));
  }
}
