import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { CheckoutService } from './checkout.service';
import { EVENTS_QUEUES } from './events-queues';
import { WaitlistService } from './waitlist.service';

/** Workers for holds that run out and offers that lapse, plus a sweep every minute as a safety net. */
@Injectable()
export class EventsJobsService implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly checkout: CheckoutService,
    private readonly waitlist: WaitlistService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ orderId: string }>(EVENTS_QUEUES.expireHold, async (job) => void (await this.checkout.expire(job.data.orderId)));
    await this.jobs.work<{ entryId: string }>(EVENTS_QUEUES.lapseOffer, async (job) => void (await this.waitlist.lapse(job.data.entryId)));
    await this.jobs.work(EVENTS_QUEUES.sweep, () => this.sweep().then(() => undefined));
    await this.jobs.schedule(EVENTS_QUEUES.sweep, '* * * * *', {});
  }

  /** Expires due holds and lapses due offers; returns how many of each. */
  async sweep(): Promise<{ expired: number; lapsed: number }> {
    return { expired: await this.checkout.expireDue(), lapsed: await this.waitlist.lapseDue() };
  }
}
