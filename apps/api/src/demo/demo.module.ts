import { Module } from '@nestjs/common';
import { AccountsModule } from '../modules/accounts/accounts.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [AccountsModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
