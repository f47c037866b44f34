import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { RedisClientType } from 'redis';
import type { Server } from 'socket.io';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { RedisConnection } from '../redis/redis.module';
import { withDeadline } from '../async/with-deadline';

/** How long shutdown waits on Redis to take this process's counts out. */
const SHUTDOWN_WAIT_MS = 2000;

/** Called with a room's total across processes; tells this process's sockets in it. */
export type PresenceAnnouncer = (room: string, total: number) => void;

// Joins and leaves in a burst (a thread shared in a newsletter) become one count per room per interval.
const COALESCE_MS = 50;
const HEARTBEAT_MS = 5_000;
// A process that has not beaten for this long is gone (killed): its counts stop counting.
const ALIVE_MS = 20_000;
const ROOM_KEY_TTL_S = 24 * 3600;

/**
 * How many sockets are in a room, across every API process. Each process keeps its own sockets in
 * memory (socket.io) and writes just their number per room to Redis (a hash per room, one field per
 * process); a room's total is the sum over live processes. After writing, a process says so on a
 * channel, and every process with sockets in that room re-reads the total and tells its own sockets,
 * so the last count each reader hears was read after the last change. Without Redis the room's size
 * in memory is the total.
 */
@Injectable()
export class RoomPresence implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Presence');
  private readonly processId = randomUUID();
  private readonly trackers: { prefix: string; announce: PresenceAnnouncer }[] = [];
  private server: Server | null = null;
  /** Rooms waiting to be counted: 'write' (a local change) supersedes 'read' (another process changed). */
  private readonly pending = new Map<string, 'write' | 'read'>();
  /** Rooms this process has a count in (removed on shutdown). */
  private readonly written = new Set<string>();
  private subscriber: RedisClientType | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    private readonly redis: RedisConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get channel(): string {
    return `${this.config.redisPrefix}presence:changed`;
  }

  private get processesKey(): string {
    return `${this.config.redisPrefix}presence:processes`;
  }

  private roomKey(room: string): string {
    return `${this.config.redisPrefix}presence:room:${room}`;
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis.client) return;
    await this.beat();
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
    this.subscriber = await this.redis.duplicate();
    await this.subscriber.subscribe(this.channel, (message) => {
      const cut = message.indexOf(' ');
      const from = message.slice(0, cut);
      const room = message.slice(cut + 1);
      if (from !== this.processId && this.tracked(room) && this.localCount(room) > 0) this.schedule(room, 'read');
    });
  }

  /**
   * Counts the rooms whose names start with `prefix`. Every change to a room's local membership (join,
   * leave, disconnect, or a leave sent from another process) is seen on the socket.io adapter.
   */
  track(server: Server, prefix: string, announce: PresenceAnnouncer): void {
    this.trackers.push({ prefix, announce });
    if (this.server) return;
    this.server = server;
    const adapter = server.of('/').adapter;
    const changed = (room: string) => {
      if (this.tracked(room)) this.schedule(room, 'write');
    };
    adapter.on('join-room', changed);
    adapter.on('leave-room', changed);
  }

  /** The room's total now (for a joining socket's answer), without announcing it. */
  async total(room: string): Promise<number> {
    const local = this.localCount(room);
    const client = this.redis.client;
    if (!client || this.closing) return local;
    // Redis unreachable: a short count beats refusing the join.
    const others = await this.otherCounts(client, room).catch((e) => {
      this.logger.warn(`count for ${room} failed: ${String(e)}`);
      return 0;
    });
    return local + others;
  }

  private tracked(room: string): PresenceAnnouncer | null {
    return this.trackers.find((t) => room.startsWith(t.prefix))?.announce ?? null;
  }

  private localCount(room: string): number {
    return this.server?.of('/').adapter.rooms.get(room)?.size ?? 0;
  }

  private schedule(room: string, kind: 'write' | 'read'): void {
    const queued = this.pending.get(room);
    if (queued === 'write' || queued === kind) return;
    this.pending.set(room, kind);
    if (queued) return;
    setTimeout(() => {
      const what = this.pending.get(room);
      this.pending.delete(room);
      void this.flush(room, what === 'write').catch((e) => this.logger.warn(`count for ${room} failed: ${String(e)}`));
    }, COALESCE_MS);
  }

  private async flush(room: string, write: boolean): Promise<void> {
    const local = this.localCount(room);
    const client = this.redis.client;
    if (!client) {
      if (local > 0) this.tracked(room)?.(room, local);
      return;
    }
    if (this.closing) return;
    const key = this.roomKey(room);
    let total: number;
    if (write) {
      const tx = client.multi();
      if (local > 0) tx.hSet(key, this.processId, String(local)).expire(key, ROOM_KEY_TTL_S);
      else tx.hDel(key, this.processId);
      tx.hGetAll(key).zRangeByScore(this.processesKey, Date.now() - ALIVE_MS, '+inf');
      const replies = (await tx.exec()) as unknown[];
      const [fields, alive] = replies.slice(-2) as [Record<string, string>, string[]];
      total = RoomPresence.sum(fields, alive);
      if (local > 0) this.written.add(room);
      else this.written.delete(room);
      await client.publish(this.channel, `${this.processId} ${room}`);
    } else {
      total = local + (await this.otherCounts(client, room));
    }
    if (local > 0) this.tracked(room)?.(room, total);
  }

  /** Sockets in the room on the other live processes. */
  private async otherCounts(client: RedisClientType, room: string): Promise<number> {
    const [fields, alive] = (await client
      .multi()
      .hGetAll(this.roomKey(room))
      .zRangeByScore(this.processesKey, Date.now() - ALIVE_MS, '+inf')
      .exec()) as unknown as [Record<string, string>, string[]];
    const { [this.processId]: _own, ...others } = fields;
    return RoomPresence.sum(others, alive);
  }

  private static sum(fields: Record<string, string>, alive: string[]): number {
    const live = new Set(alive);
    return Object.entries(fields).reduce((n, [pid, count]) => (live.has(pid) ? n + Number(count) : n), 0);
  }

  private async beat(): Promise<void> {
    const client = this.redis.client;
    if (!client || this.closing) return;
    const now = Date.now();
    await client
      .multi()
      .zAdd(this.processesKey, { score: now, value: this.processId })
      // Processes that were killed leave their entry behind: drop those long gone.
      .zRemRangeByScore(this.processesKey, '-inf', now - 10 * ALIVE_MS)
      .exec()
      .catch((e) => this.logger.warn(`heartbeat failed: ${String(e)}`));
  }

  /** Takes this process's counts out before its sockets go, and tells the others to recount. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.redis.client;
    if (!client) return;
    try {
      const tx = client.multi().zRem(this.processesKey, this.processId);
      for (const room of this.written) tx.hDel(this.roomKey(room), this.processId);
      // Redis unreachable: commands would wait for a reconnect; the entry expires with the heartbeat.
      await withDeadline(
        tx.exec().then(() => Promise.all([...this.written].map((room) => client.publish(this.channel, `${this.processId} ${room}`)))),
        SHUTDOWN_WAIT_MS,
      );
    } catch (e) {
      this.logger.warn(`presence cleanup failed: ${String(e)}`);
    }
    this.written.clear();
  }
}
