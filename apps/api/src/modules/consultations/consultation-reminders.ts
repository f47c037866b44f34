import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../../core/clock/clock';
import { Tx, TransactionRunner, readTogether } from '../../core/database/transaction-runner';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { UserRepository } from '../accounts/user.repository';
import { ConsultationMailer } from './consultation-mailer';
import { ConsultationRepository } from './consultation.repository';
import type { ConsultationEntity } from './entities/consultation.entity';

export const REMINDER_QUEUE = 'consultations.reminder';
export const REMINDER_HOURS = [24, 1] as const;

interface ReminderJob {
  consultationId: string;
  sequence: number;
  hoursBefore: number;
}

/**
 * Reminders 24 h and 1 h before, as pg-boss jobs queued in the booking's transaction. A move or a
 * cancellation cancels the queued jobs; a job that still runs checks the booking's sequence and
 * status first, so a stale reminder never goes out.
 */
@Injectable()
export class ConsultationReminders implements OnModuleInit {
  private readonly logger = new Logger('ConsultationReminders');

  constructor(
    private readonly jobs: JobQueueService,
    private readonly consultations: ConsultationRepository,
    private readonly users: UserRepository,
    private readonly mailer: ConsultationMailer,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ReminderJob>(REMINDER_QUEUE, (job) => this.send(job.data));
  }

  /** Queues the reminders still ahead and records their ids on the booking. */
  async schedule(tx: Tx, booking: ConsultationEntity): Promise<string[]> {
    const ids: string[] = [];
    for (const hoursBefore of REMINDER_HOURS) {
      const at = new Date(booking.startsAt.getTime() - hoursBefore * 3_600_000);
      if (at.getTime() <= this.clock.now().getTime()) continue;
      const data: ReminderJob = { consultationId: booking.id, sequence: booking.icsSequence, hoursBefore };
      const id = await this.jobs.send(REMINDER_QUEUE, data, { tx, startAfter: at, retryLimit: 3, retryDelay: 60 });
      if (id) ids.push(id);
    }
    await this.consultations.setReminderJobs(booking.id, ids, tx);
    return ids;
  }

  /** Drops reminders of an earlier version of a booking; called after the change committed. */
  async drop(jobIds: readonly string[]): Promise<void> {
    for (const id of jobIds) {
      await this.jobs.cancel(REMINDER_QUEUE, id).catch((e) => this.logger.warn(`reminder ${id} not cancelled: ${e instanceof Error ? e.message : e}`));
    }
  }

  async send(job: ReminderJob): Promise<void> {
    await this.transactions.run(async (tx) => {
      const booking = await this.consultations.lockById(job.consultationId, tx);
      if (!booking || booking.status !== 'booked' || booking.icsSequence !== job.sequence) return;
      const [expert, member] = await readTogether(tx, () => this.users.findById(booking.expertId, tx), () => this.users.findById(booking.memberId, tx));
      if (!expert || !member) return;
      await this.mailer.sendReminder(tx, booking, expert, member, job.hoursBefore);
    });
  }
}
