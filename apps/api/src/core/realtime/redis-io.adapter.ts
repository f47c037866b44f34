import type { INestApplication } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { AppConfig } from '../config/app-config';
import { RedisConnection } from '../redis/redis.module';

/** socket.io with rooms shared through Redis: an emit on one API process reaches sockets on every other. */
export class RedisIoAdapter extends IoAdapter {
  constructor(
    app: INestApplication,
    private readonly adapterConstructor: ReturnType<typeof createAdapter>,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    server.adapter(this.adapterConstructor);
    return server;
  }
}

/**
 * Installs the Redis adapter when REDIS_URL is set (call before app.init()); without it socket.io keeps
 * its in-memory rooms. Publishing goes over the app's connection, subscriptions over a second one.
 */
export async function useRealtimeAdapter(app: INestApplication, config: AppConfig): Promise<void> {
  const redis = app.get(RedisConnection);
  if (!redis.client) return;
  const subscriber = await redis.duplicate();
  app.useWebSocketAdapter(new RedisIoAdapter(app, createAdapter(redis.client, subscriber, { key: `${config.redisPrefix}socket.io` })));
}
