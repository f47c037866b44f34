import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { MarkdownRenderer } from '../forum/markdown-renderer';
import { CourseAuthoringResolver } from './course-authoring.resolver';
import { CourseAuthoringService } from './course-authoring.service';
import { CertificatePdfController } from './certificate-pdf.controller';
import { CertificatePdfService } from './certificate-pdf.service';
import { CertificateResolver } from './certificate.resolver';
import { CourseAccessGrantRepository } from './course-access-grant.repository';
import { CourseAccessService } from './course-access.service';
import { CourseProgressRepository } from './course-progress.repository';
import { CourseResolver } from './course.resolver';
import { CourseRepository } from './course.repository';
import { CourseAccessGrantEntity } from './entities/course-access-grant.entity';
import { CourseCertificateEntity } from './entities/course-certificate.entity';
import { CourseModuleProgressEntity } from './entities/course-module-progress.entity';
import { CourseModuleEntity } from './entities/course-module.entity';
import { CourseQuizAttemptEntity } from './entities/course-quiz-attempt.entity';
import { CourseQuizQuestionEntity } from './entities/course-quiz-question.entity';
import { CourseEntity } from './entities/course.entity';
import { LearningDemoSeed } from './learning-demo.seed';
import { LearningService } from './learning.service';

/**
 * The Social for Healthcare Certificate course. Other areas use `CourseAccessService`
 * (grantForPurchase / grantForResidency / revokeForReference) from their own transactions.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CourseEntity,
      CourseModuleEntity,
      CourseQuizQuestionEntity,
      CourseAccessGrantEntity,
      CourseModuleProgressEntity,
      CourseQuizAttemptEntity,
      CourseCertificateEntity,
    ]),
    AccountsModule,
  ],
  controllers: [CertificatePdfController],
  providers: [
    CourseRepository,
    CourseAccessGrantRepository,
    CourseProgressRepository,
    CourseAccessService,
    LearningService,
    CertificatePdfService,
    MarkdownRenderer,
    CourseResolver,
    CertificateResolver,
    LearningDemoSeed,
    CourseAuthoringService,
    CourseAuthoringResolver,
  ],
  exports: [CourseAccessService, LearningDemoSeed],
})
export class LearningModule {}
