import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { DirectoryRepository } from './directory.repository';

export const DIRECTORY_CLEANUP_QUEUE = 'directory.cleanup';

/**
 * Deletes submissions nobody confirmed once their confirmation link has expired: they can never
 * reach review, and they hold an email address the owner may never have given.
 */
@Injectable()
export class DirectoryCleanupService implements OnModuleInit {
  constructor(
    private readonly listings: DirectoryRepository,
    private readonly jobs: JobQueueService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(DIRECTORY_CLEANUP_QUEUE, () => this.run().then(() => undefined));
    await this.jobs.schedule(DIRECTORY_CLEANUP_QUEUE, '17 * * * *', {});
  }

  /** Answers how many unconfirmed submissions were deleted. */
  async run(now = this.clock.now()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.tokenTtl.emailVerificationHours * 3600_000);
    return this.listings.deleteUnconfirmedBefore(cutoff);
  }
}
