import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { MailModule } from '../mail/mail.module';
import { FellowshipEligibilityEntity } from './entities/fellowship-eligibility.entity';
import { FellowshipPlanEventEntity } from './entities/fellowship-plan-event.entity';
import { FellowshipPlanEntity } from './entities/fellowship-plan.entity';
import { FellowsAccessService } from './fellows-access.service';
import { FellowsAdminResolver } from './fellows-admin.resolver';
import { FellowsDemoSeed } from './fellows-demo.seed';
import { FellowsPresenter } from './fellows-presenter';
import { FellowsService } from './fellows.service';
import { FellowshipEligibilityService } from './fellowship-eligibility.service';
import { FellowshipPlanRepository } from './fellowship-plan.repository';
import { FellowshipPlanResolver } from './fellowship-plan.resolver';
import { FellowshipRosterRepository } from './fellowship-roster.repository';

/** The Social Media Fellows programme. Exports the eligibility service for the Residency check-in. */
@Module({
  imports: [TypeOrmModule.forFeature([FellowshipPlanEntity, FellowshipPlanEventEntity, FellowshipEligibilityEntity]), AccountsModule, MailModule],
  providers: [
    FellowshipPlanRepository,
    FellowshipRosterRepository,
    FellowsAccessService,
    FellowsPresenter,
    FellowsService,
    FellowshipEligibilityService,
    FellowshipPlanResolver,
    FellowsAdminResolver,
    FellowsDemoSeed,
  ],
  exports: [FellowshipEligibilityService, FellowsDemoSeed],
})
export class FellowsModule {}
