import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { DATABASE_URL } from '../database/database.module';
import { sqlExecutorFor, Tx } from '../database/transaction-runner';

export interface EnqueueOptions {
  /** Insert the job inside this transaction: it exists only if the change that caused it commits. */
  tx?: Tx;
  startAfter?: Date;
  singletonKey?: string;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Seconds the job may stay active before it is taken as lost and retried (default: config.jobs.expireSeconds). */
  expireInSeconds?: number;
}

export type JobHandler<T> = (job: { id: string; data: T; retryCount: number; retryLimit: number }) => Promise<void>;

/** The PostgreSQL-backed job queue (pg-boss): durable, shared by every API process, no extra server. */
@Injectable()
export class JobQueueService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();
  private readonly workers = new Map<string, string>();
  private started = false;
  private creating: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(DATABASE_URL) url: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({
      connectionString: url,
      max: 4,
      application_name: 'confer-jobs',
      // A process killed mid-job leaves it active: another process retries it once it expires, which
      // maintenance notices (pg-boss's defaults, 15 and 2 minutes, would hold such an email that long).
      maintenanceIntervalSeconds: config.jobs.maintenanceSeconds,
    });
    this.boss.on('error', (e) => this.logger.error(`queue error: ${e instanceof Error ? e.message : String(e)}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /** Started and not stopped (readiness reports it). */
  get running(): boolean {
    return this.started;
  }

  async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    // Creating a queue runs DDL; two at once (providers start concurrently) can deadlock, so one at a time.
    const run = this.creating.then(() => this.createQueue(name));
    this.creating = run.catch(() => undefined);
    await run;
  }

  private async createQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    const existing = await this.boss.getQueue(name);
    if (!existing) await this.boss.createQueue(name).catch(async (e) => {
      // Another process may have created it between our check and create.
      if (!(await this.boss.getQueue(name))) throw e;
    });
    this.queues.add(name);
  }

  async send<T extends object>(name: string, data: T, options: EnqueueOptions = {}): Promise<string | null> {
    await this.ensureQueue(name);
    const { tx, ...rest } = options;
    return this.boss.send(name, data, { expireInSeconds: this.config.jobs.expireSeconds, ...rest, ...(tx ? { db: sqlExecutorFor(tx) } : {}) });
  }

  /** A recurring job (cron, UTC unless `tz`); pg-boss sends it once per slot however many processes run. */
  async schedule<T extends object>(name: string, cron: string, data: T, options: { tz?: string } = {}): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.schedule(name, cron, data, { expireInSeconds: this.config.jobs.expireSeconds, ...options });
  }

  async cancel(name: string, id: string): Promise<void> {
    await this.boss.cancel(name, id);
  }

  async work<T>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.ensureQueue(name);
    const workerId = await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.config.jobs.pollingIntervalSeconds, batchSize: 1, includeMetadata: true },
      async (jobs) => {
        for (const job of jobs) await handler({ id: job.id, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit });
      },
    );
    this.workers.set(name, workerId);
  }

  /** Wakes this process's worker for a queue now instead of at its next poll. */
  nudge(name: string): void {
    const id = this.workers.get(name);
    if (id) this.boss.notifyWorker(id);
  }

  async size(name: string): Promise<number> {
    await this.ensureQueue(name);
    return this.boss.getQueueSize(name);
  }

  /**
   * Before any pool closes (handlers use the app's pool): stop fetching, let jobs in flight finish
   * within the drain time, and fail what is still running back to the queue for a retry.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    try {
      await this.boss.stop({ graceful: true, wait: true, timeout: this.config.shutdown.drainSeconds * 1000 });
    } catch (e) {
      this.logger.warn(`queue did not stop cleanly: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
