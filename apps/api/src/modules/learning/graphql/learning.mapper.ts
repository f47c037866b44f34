import type { CourseAccessDecision } from '@confer/libs/learning';
import type { GrantWithPerson } from '../course-access-grant.repository';
import type { CourseCertificateEntity } from '../entities/course-certificate.entity';
import type { CourseView, ModuleOutline, ModuleView } from '../learning.service';
import {
  CertificateModel,
  CertificateVerificationModel,
  CourseAccessGrantModel,
  CourseAccessMissingGql,
  CourseAccessModel,
  CourseAccessViaGql,
  CourseGrantSourceGql,
  CourseModel,
  CourseModuleModel,
  CourseModuleSummaryModel,
  ModuleStatusGql,
} from './course.model';

export function toCourseAccess(decision: CourseAccessDecision): CourseAccessModel {
  return decision.canStudy
    ? { canStudy: true, via: decision.via as CourseAccessViaGql, missing: null }
    : { canStudy: false, via: null, missing: decision.missing as CourseAccessMissingGql };
}

export function toModuleSummary(o: ModuleOutline): CourseModuleSummaryModel {
  const { module, progress } = o;
  return {
    id: module.id,
    slug: module.slug,
    position: module.position,
    title: module.title,
    summary: module.summary,
    estimatedMinutes: module.estimatedMinutes,
    passMark: module.passMark,
    questionCount: o.questionCount,
    status: o.status as ModuleStatusGql,
    attempts: progress?.attempts ?? 0,
    bestScore: progress?.bestScore ?? null,
    lastScore: progress?.lastScore ?? null,
    readAt: progress?.readAt ?? null,
    passedAt: progress?.passedAt ?? null,
  };
}

export function toModule(view: ModuleView): CourseModuleModel {
  return {
    ...toModuleSummary(view),
    courseSlug: view.course.slug,
    courseTitle: view.course.title,
    contentHtml: view.module.contentHtml,
    videoUrl: view.module.videoUrl,
    questions: view.questions,
    previousModuleSlug: view.previousSlug,
    nextModuleSlug: view.nextSlug,
  };
}

export function toCertificate(c: CourseCertificateEntity, publicUrl: string): CertificateModel {
  return {
    code: c.code,
    courseTitle: c.courseTitle,
    holderName: c.holderName,
    issuedAt: c.issuedAt,
    verifyUrl: `${publicUrl}/certificates/${c.code}`,
    pdfUrl: `${publicUrl}/downloads/certificates/${c.code}`,
  };
}

export function toVerification(c: CourseCertificateEntity): CertificateVerificationModel {
  return { code: c.code, holderName: c.holderName, courseTitle: c.courseTitle, issuedAt: c.issuedAt };
}

export function toCourse(view: CourseView, publicUrl: string): CourseModel {
  return {
    id: view.course.id,
    slug: view.course.slug,
    title: view.course.title,
    summary: view.course.summary,
    priceCents: view.course.priceCents,
    access: toCourseAccess(view.access),
    modules: view.modules.map(toModuleSummary),
    totalMinutes: view.modules.reduce((sum, m) => sum + m.module.estimatedMinutes, 0),
    progress: view.progress
      ? {
          totalModules: view.progress.totalModules,
          completedModules: view.progress.completedModules,
          percent: view.progress.percent,
          resumeModuleSlug: view.progress.resumeModuleSlug,
          complete: view.progress.complete,
        }
      : null,
    certificate: view.certificate ? toCertificate(view.certificate, publicUrl) : null,
  };
}

export function toGrant(g: GrantWithPerson): CourseAccessGrantModel {
  return {
    id: g.id,
    userId: g.userId,
    userEmail: g.userEmail,
    userDisplayName: g.userDisplayName,
    source: g.source as CourseGrantSourceGql,
    reference: g.reference,
    note: g.note,
    createdAt: g.createdAt,
    revokedAt: g.revokedAt,
  };
}
