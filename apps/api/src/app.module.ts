import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { DomainExceptionFilter } from './core/errors/domain-exception.filter';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthCoreModule } from './core/auth/auth-core.module';
import { ClockModule } from './core/clock/clock';
import type { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { graphqlOptions } from './core/graphql/graphql-options';
import { InputValidationPipe } from './core/graphql/validation.pipe';
import { HealthModule } from './core/health/health.module';
import { JobsModule } from './core/jobs/jobs.module';
import { MetricsModule } from './core/metrics/metrics.module';
import { RealtimeModule } from './core/realtime/realtime.module';
import { RedisModule } from './core/redis/redis.module';
import { DemoModule } from './demo/demo.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { EventsModule } from './modules/events/events.module';
import { FellowsModule } from './modules/fellows/fellows.module';
import { DirectoryModule } from './modules/directory/directory.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { ConsultationsModule } from './modules/consultations/consultations.module';
import { ForumModule } from './modules/forum/forum.module';
import { ResourcesModule } from './modules/resources/resources.module';
import { LearningModule } from './modules/learning/learning.module';
import { DevMailModule } from './modules/mail/dev-mail.module';
import { MailModule } from './modules/mail/mail.module';
import { NotificationCenterModule } from './modules/notifications/notification-center.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        ClockModule,
        AuthCoreModule,
        JobsModule,
        RedisModule,
        RealtimeModule,
        MetricsModule,
        HealthModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        MailModule,
        AccountsModule,
        ForumModule,
        DirectoryModule,
        NotificationCenterModule,
        EventsModule,
        FellowsModule,
        ResourcesModule,
        LearningModule,
        ConsultationsModule,
        CalendarModule,
        DemoModule,
        ...(config.devTools ? [DevMailModule] : []),
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }
}
