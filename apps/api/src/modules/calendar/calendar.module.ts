import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CalendarController } from './calendar.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedSources } from './calendar-feed-sources';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { CalendarFeedEntity } from './entities/calendar-feed.entity';

/**
 * Calendar feeds. Areas add items by marking a provider with @CalendarFeedSourceProvider()
 * (see calendar-feed-source.ts); this module never imports them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeedEntity]), DiscoveryModule, AccountsModule],
  controllers: [CalendarController],
  providers: [CalendarFeedRepository, CalendarFeedSources, CalendarService, CalendarResolver],
})
export class CalendarModule {}
