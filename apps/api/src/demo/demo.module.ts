import { Module } from '@nestjs/common';
import { AccountsModule } from '../modules/accounts/accounts.module';
import { ForumModule } from '../modules/forum/forum.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [AccountsModule, ForumModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
