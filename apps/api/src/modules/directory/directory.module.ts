import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { MailModule } from '../mail/mail.module';
import { DirectoryCleanupService } from './directory-cleanup.service';
import { DirectoryDemoSeed } from './directory-demo.seed';
import { DirectoryExportController } from './directory-export.controller';
import { DirectoryLinkSigner } from './directory-link.signer';
import { DirectoryReviewResolver } from './directory-review.resolver';
import { DirectoryRepository } from './directory.repository';
import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { DirectoryOrganizationEntity } from './entities/directory-organization.entity';
import { DirectorySubmissionEntity } from './entities/directory-submission.entity';

@Module({
  imports: [TypeOrmModule.forFeature([DirectoryOrganizationEntity, DirectorySubmissionEntity]), AccountsModule, MailModule],
  controllers: [DirectoryExportController],
  providers: [DirectoryRepository, DirectoryService, DirectoryCleanupService, DirectoryLinkSigner, DirectoryResolver, DirectoryReviewResolver, DirectoryDemoSeed],
  exports: [DirectoryDemoSeed],
})
export class DirectoryModule {}
