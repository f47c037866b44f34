import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { ForumGroupMemberEntity } from './entities/forum-group-member.entity';
import { ForumGroupEntity } from './entities/forum-group.entity';
import { ForumPostRevisionEntity } from './entities/forum-post-revision.entity';
import { ForumPostEntity } from './entities/forum-post.entity';
import { ForumPseudonymEntity } from './entities/forum-pseudonym.entity';
import { ForumReactionEntity } from './entities/forum-reaction.entity';
import { ForumThreadEntity } from './entities/forum-thread.entity';
import { ModerationActionEntity } from './entities/moderation-action.entity';
import { ForumAccessService } from './forum-access.service';
import { ForumCategoryRepository } from './forum-category.repository';
import { ForumDemoSeed } from './forum-demo.seed';
import { ForumGateway } from './forum.gateway';
import { ForumModerationResolver } from './forum-moderation.resolver';
import { ForumModerationService } from './forum-moderation.service';
import { ForumPostRepository } from './forum-post.repository';
import { ForumPresenter } from './forum-presenter';
import { ForumCategoryResolver, ForumThreadResolver } from './forum.resolver';
import { ForumService } from './forum.service';
import { ForumThreadRepository } from './forum-thread.repository';
import { MarkdownRenderer } from './markdown-renderer';
import { ForumExtrasRepository } from './forum-extras.repository';
import { ForumToolsResolver } from './forum-tools.resolver';
import { ForumToolsService } from './forum-tools.service';
import { ForumAdminResolver } from './forum-admin.resolver';
import { ForumAdminService } from './forum-admin.service';
import { ForumPendingEditRepository } from './forum-pending-edit.repository';
import { ForumPostResolver } from './forum-post.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ForumGroupEntity,
      ForumGroupMemberEntity,
      ForumCategoryEntity,
      ForumThreadEntity,
      ForumPostEntity,
      ForumPseudonymEntity,
      ForumPostRevisionEntity,
      ForumReactionEntity,
      ModerationActionEntity,
    ]),
    AccountsModule,
    MailModule,
    NotificationsModule,
  ],
  providers: [
    ForumCategoryRepository,
    ForumThreadRepository,
    ForumPostRepository,
    ForumAccessService,
    ForumPresenter,
    MarkdownRenderer,
    ForumService,
    ForumModerationService,
    ForumGateway,
    ForumCategoryResolver,
    ForumThreadResolver,
    ForumModerationResolver,
    ForumDemoSeed,
    ForumExtrasRepository,
    ForumToolsService,
    ForumToolsResolver,
    ForumAdminService,
    ForumAdminResolver,
    ForumPendingEditRepository,
    ForumPostResolver,
  ],
  exports: [ForumDemoSeed, ForumService, ForumCategoryRepository, ForumAccessService, ForumThreadRepository, ForumPostRepository, ForumPresenter],
})
export class ForumModule {}
