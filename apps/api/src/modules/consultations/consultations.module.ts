import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { MailModule } from '../mail/mail.module';
import { ConsultationFeedSource } from './consultation-feed.source';
import { ConsultationLinkSigner } from './consultation-link.signer';
import { ConsultationMailer } from './consultation-mailer';
import { ConsultationReminders } from './consultation-reminders';
import { ConsultationRepository } from './consultation.repository';
import { ConsultationResolver } from './consultation.resolver';
import { ConsultationsDemoSeed } from './consultations-demo.seed';
import { ConsultationsGateway } from './consultations.gateway';
import { ConsultationsService } from './consultations.service';
import { ConsultationEntity } from './entities/consultation.entity';
import { ConsultationTypeEntity } from './entities/consultation-type.entity';
import { ExpertOnsiteBlockEntity } from './entities/expert-onsite-block.entity';
import { ExpertProfileEntity } from './entities/expert-profile.entity';
import { ExpertResolver } from './expert.resolver';
import { ExpertRepository } from './expert.repository';
import { ExpertsService } from './experts.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ExpertProfileEntity, ConsultationTypeEntity, ExpertOnsiteBlockEntity, ConsultationEntity]),
    AccountsModule,
    MailModule,
  ],
  providers: [
    ExpertRepository,
    ConsultationRepository,
    ExpertsService,
    ConsultationsService,
    ConsultationMailer,
    ConsultationReminders,
    ConsultationLinkSigner,
    ConsultationsGateway,
    ConsultationFeedSource,
    ExpertResolver,
    ConsultationResolver,
    ConsultationsDemoSeed,
  ],
  exports: [ConsultationsDemoSeed],
})
export class ConsultationsModule {}
