import { Global, Module } from '@nestjs/common';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';
import { MetricsService } from './metrics.service';

@Global()
@Module({ providers: [MetricsService, GraphqlMetricsPlugin], exports: [MetricsService] })
export class MetricsModule {}
