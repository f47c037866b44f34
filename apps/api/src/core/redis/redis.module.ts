import { Global, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { createClient, RedisClientType } from 'redis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { withDeadline } from '../async/with-deadline';

/** How long shutdown waits on Redis: commands wait for a reconnect that may never come. */
const SHUTDOWN_WAIT_MS = 2000;

/**
 * The Redis connection when REDIS_URL is set (several API processes share it), else null: one
 * process keeps nothing there. Connected before the app starts, so a wrong URL fails the start.
 */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');

  private constructor(readonly client: RedisClientType | null) {}

  static async open(config: AppConfig): Promise<RedisConnection> {
    if (!config.redisUrl) return new RedisConnection(null);
    const client: RedisClientType = createClient({ url: config.redisUrl });
    const connection = new RedisConnection(client);
    // Without a listener a lost connection would throw out of the process; the client reconnects by itself.
    client.on('error', (e: Error) => connection.logger.warn(`connection error: ${e.message}`));
    await client.connect();
    return connection;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  /** A second connection (a subscriber cannot run other commands), closed with this one. */
  async duplicate(): Promise<RedisClientType> {
    if (!this.client) throw new Error('Redis is not configured');
    const copy = this.client.duplicate();
    copy.on('error', (e: Error) => this.logger.warn(`connection error: ${e.message}`));
    await copy.connect();
    this.extra.push(copy);
    return copy;
  }

  private readonly extra: RedisClientType[] = [];

  /** Closes politely (pending commands answered); a client that cannot reach Redis is dropped after 2 s. */
  async onApplicationShutdown(): Promise<void> {
    for (const c of [...this.extra, ...(this.client ? [this.client] : [])]) {
      await withDeadline(c.close(), SHUTDOWN_WAIT_MS).catch(() => c.destroy());
    }
  }
}

@Global()
@Module({
  providers: [{ provide: RedisConnection, inject: [APP_CONFIG], useFactory: (config: AppConfig) => RedisConnection.open(config) }],
  exports: [RedisConnection],
})
export class RedisModule {}
