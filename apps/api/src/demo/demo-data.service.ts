import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../core/database/transaction-runner';
import { AccountsDemoSeed, DEMO_PASSWORD } from '../modules/accounts/accounts-demo.seed';
import { UserRepository } from '../modules/accounts/user.repository';
import { ConsultationsDemoSeed } from '../modules/consultations/consultations-demo.seed';
import { DirectoryDemoSeed } from '../modules/directory/directory-demo.seed';
import { EventsDemoSeed } from '../modules/events/events-demo.seed';
import { FellowsDemoSeed } from '../modules/fellows/fellows-demo.seed';
import { ForumDemoSeed } from '../modules/forum/forum-demo.seed';
import { ResourcesDemoSeed } from '../modules/resources/resources-demo.seed';
import { LearningDemoSeed } from '../modules/learning/learning-demo.seed';

export interface DemoLogins {
  password: string;
  people: { email: string; label: string }[];
}

/** Loads the demo data into an empty database, all or nothing. Each area contributes its own seed. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly users: UserRepository,
    private readonly accounts: AccountsDemoSeed,
    private readonly forum: ForumDemoSeed,
    private readonly consultations: ConsultationsDemoSeed,
    private readonly fellows: FellowsDemoSeed,
    private readonly resources: ResourcesDemoSeed,
    private readonly directory: DirectoryDemoSeed,
    private readonly events: EventsDemoSeed,
    private readonly learning: LearningDemoSeed,
  ) {}

  async seedIfEmpty(): Promise<DemoLogins | null> {
    return this.transactions.run(async (tx) => {
      // Serialise concurrent first boots of several processes.
      await tx.query('select pg_advisory_xact_lock(7210332)');
      if ((await this.users.count()) > 0) return null;
      const people = await this.accounts.run(tx);
      await this.forum.run(tx);
      await this.consultations.run(tx);
      await this.fellows.run(tx);
      await this.resources.run(tx);
      await this.directory.run(tx);
      await this.events.run(tx);
      await this.learning.run(tx);
      this.logger.log(`Loaded demo data (${people.length} people)`);
      return { password: DEMO_PASSWORD, people };
    });
  }
}
