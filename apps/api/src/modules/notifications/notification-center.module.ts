import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ForumModule } from '../forum/forum.module';
import { MailModule } from '../mail/mail.module';
import { ForumWatchEntity } from './entities/forum-watch.entity';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationEntity } from './entities/notification.entity';
import { ForumReadStateRepository } from './forum-read-state.repository';
import { ForumWatchRepository } from './forum-watch.repository';
import { NotificationAccessService } from './notification-access.service';
import { NotificationDigestService } from './notification-digest.service';
import { NotificationEmailService } from './notification-email.service';
import { NotificationFanoutService } from './notification-fanout.service';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationMailer } from './notification-mailer';
import { NotificationPreferenceRepository } from './notification-preference.repository';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationsModule } from './notifications.module';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeTokenSigner } from './unsubscribe-token.signer';

/**
 * Everything behind the bell: fan-out, emails and digests (workers), the member's list and settings
 * (GraphQL), and one-click unsubscribe (HTTP). It reads the board through ForumModule's exports;
 * the board reports posts through NotificationsModule, which does not depend on the board.
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, ForumWatchEntity, NotificationPreferenceEntity]), NotificationsModule, ForumModule, AccountsModule, MailModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationRepository,
    ForumWatchRepository,
    NotificationPreferenceRepository,
    ForumReadStateRepository,
    NotificationAccessService,
    NotificationInboxService,
    NotificationFanoutService,
    NotificationEmailService,
    NotificationDigestService,
    NotificationSettingsService,
    NotificationMailer,
    UnsubscribeTokenSigner,
    NotificationResolver,
    NotificationSettingsResolver,
  ],
  exports: [NotificationInboxService, NotificationFanoutService, NotificationEmailService, NotificationDigestService],
})
export class NotificationCenterModule {}
