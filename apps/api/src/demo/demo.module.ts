import { Module } from '@nestjs/common';
import { AccountsModule } from '../modules/accounts/accounts.module';
import { ConsultationsModule } from '../modules/consultations/consultations.module';
import { DirectoryModule } from '../modules/directory/directory.module';
import { EventsModule } from '../modules/events/events.module';
import { ForumModule } from '../modules/forum/forum.module';
import { LearningModule } from '../modules/learning/learning.module';
import { FellowsModule } from '../modules/fellows/fellows.module';
import { ResourcesModule } from '../modules/resources/resources.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [AccountsModule, EventsModule, ForumModule, ConsultationsModule, DirectoryModule, LearningModule, FellowsModule, ResourcesModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
