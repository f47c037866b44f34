import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { PG_POOL } from '../database/database.module';
import type { FinishedRequest } from '../logging/request-logging.middleware';
import { RealtimeGateway } from '../realtime/realtime.gateway';

// Seconds; GraphQL answers here range from ~5 ms reads to checkouts of a few hundred ms.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Distinct operation names kept as labels; later new names count as "other" (a client picks names). */
const MAX_OPERATION_NAMES = 200;

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export type GraphqlOutcome = 'success' | 'error' | 'internal_error';

/**
 * Prometheus metrics of this process. One registry per app (tests run several apps in one process);
 * queue depth and sockets are read when /metrics is scraped, not kept up to date on the hot path.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private readonly operationNames = new Set<string>();

  private readonly graphqlOperations = new Counter({
    name: 'confer_graphql_operations_total',
    help: 'GraphQL operations by operation name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'confer_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency from request to response, by operation name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly httpRequests = new Counter({
    name: 'confer_http_requests_total',
    help: 'HTTP requests by route class, method and status class',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'confer_http_request_duration_seconds',
    help: 'HTTP request latency by route class',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly emailsSent = new Counter({
    name: 'confer_emails_sent_total',
    help: 'Emails handed to the mail server, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly emailsFailed = new Counter({
    name: 'confer_emails_failed_total',
    help: 'Failed email send attempts, by kind; final="true" when no retry is left',
    labelNames: ['kind', 'final'] as const,
    registers: [this.registry],
  });

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly realtime: RealtimeGateway,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'confer_' });
    const realtimeGateway = this.realtime;
    new Gauge({
      name: 'confer_sockets_connected',
      help: 'socket.io connections open on this process (each process reports its own)',
      labelNames: ['pid'] as const,
      registers: [this.registry],
      collect() {
        this.set({ pid: String(process.pid) }, realtimeGateway.connectedCount());
      },
    });
    const depth = (): Promise<{ name: string; depth: number }[]> => this.queueDepths();
    const logger = this.logger;
    new Gauge({
      name: 'confer_job_queue_depth',
      help: 'Jobs waiting in each queue (created or retrying, including those scheduled for later)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          for (const row of await depth()) this.set({ queue: row.name }, row.depth);
        } catch (e) {
          // A scrape during a database outage still reports everything else; /health/ready says why.
          logger.warn(`queue depth not read: ${e instanceof Error ? e.message : String(e)}`);
        }
      },
    });
  }

  /** One query for every queue (pg-boss keeps them in one table; 'created' and 'retry' sort before 'active'). */
  private async queueDepths(): Promise<{ name: string; depth: number }[]> {
    const { rows } = await this.pool.query<{ name: string; depth: number }>(
      `select q.name, (select count(*) from pgboss.job j where j.name = q.name and j.state < 'active')::int as depth from pgboss.queue q`,
    );
    return rows;
  }

  /** A label value for an operation name: bounded in number, anonymous operations grouped. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  graphqlOperation(operation: string, type: string, outcome: GraphqlOutcome, seconds: number): void {
    const labels = { operation, type, outcome };
    this.graphqlOperations.inc(labels);
    this.graphqlDuration.observe(labels, seconds);
  }

  httpRequest(r: FinishedRequest): void {
    const method = KNOWN_METHODS.has(r.method) ? r.method : 'OTHER';
    this.httpRequests.inc({ route: r.routeClass, method, status: `${Math.floor(r.status / 100)}xx` });
    this.httpDuration.observe({ route: r.routeClass }, r.durationSeconds);
  }

  emailSent(kind: string): void {
    this.emailsSent.inc({ kind });
  }

  emailFailed(kind: string, final: boolean): void {
    this.emailsFailed.inc({ kind, final: String(final) });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
