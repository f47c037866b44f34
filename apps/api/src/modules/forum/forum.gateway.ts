import { isUuid } from '@confer/libs/text';
import { Logger, OnModuleInit } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { RealtimeGateway, userRoom } from '../../core/realtime/realtime.gateway';
import { RoomPresence } from '../../core/realtime/room-presence.service';
import { DomainException } from '../../core/errors/domain.exception';
import { ForumAccessService } from './forum-access.service';
import { ForumPostModel, ForumStatusGql, ReactionKindGql, ReactionSummaryModel } from './graphql/forum.model';

export const threadRoom = (threadId: string) => `forum:thread:${threadId}`;
export const categoryRoom = (categoryId: string) => `forum:category:${categoryId}`;
const TYPING_INTERVAL_MS = 2000;

/** The name GraphQL sends for an enum value (VISIBLE for 'visible'). */
function enumName<E extends Record<string, string>>(e: E, value: string): string {
  return Object.keys(e).find((k) => e[k] === value) ?? value;
}

/** Live payloads carry enums exactly as GraphQL does, so clients handle one shape. */
function wirePost(post: ForumPostModel) {
  return { ...post, status: enumName(ForumStatusGql, post.status), reactions: post.reactions.map((r) => ({ ...r, kind: enumName(ReactionKindGql, r.kind) })) };
}

type Ack = { ok: true; readers?: number } | { ok: false; error: { code: string; reason: string; message: string } };

function bad(reason: string, message: string): Ack {
  return { ok: false, error: { code: 'BAD_USER_INPUT', reason, message } };
}

/**
 * Live threads. Joining a thread's room goes through the same access check as reading it over
 * GraphQL; a socket whose access ends (membership lapses, removed from a group, thread hidden) is
 * taken out of the room at once. Everything sent to a room is what any reader there may see.
 * Reader counts cover every API process (RoomPresence); typing is relayed, never stored.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class ForumGateway implements OnGatewayInit, OnGatewayConnection, OnModuleInit {
  private readonly logger = new Logger('ForumRealtime');
  @WebSocketServer() server: Server;

  constructor(
    private readonly access: ForumAccessService,
    private readonly realtime: RealtimeGateway,
    private readonly presence: RoomPresence,
  ) {}

  afterInit(server: Server): void {
    // Each process tells its own readers; RoomPresence has every process do so after any change.
    this.presence.track(server, 'forum:thread:', (room, readers) =>
      server.local.to(room).emit('forum:readers', { threadId: room.slice('forum:thread:'.length), readers }),
    );
  }

  onModuleInit(): void {
    this.realtime.onAccessChanged((userId) => this.recheckUser(userId));
  }

  handleConnection(socket: Socket): void {
    socket.data.forumExpiry = new Map<string, NodeJS.Timeout>();
    socket.on('disconnecting', () => {
      for (const timer of (socket.data.forumExpiry as Map<string, NodeJS.Timeout>).values()) clearTimeout(timer);
    });
  }

  @SubscribeMessage('forum:join')
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const raw = (body as { threadId?: unknown } | null)?.threadId;
    if (!isUuid(raw)) return bad('INVALID_EVENT', 'Send { threadId } with a thread id.');
    // Rooms are named by the canonical (lower-case) id that posts are published to.
    const threadId = raw.toLowerCase();
    return this.answer(async () => {
      const { viewer, validUntil } = await this.access.forUserId(socket.data.userId);
      await this.access.readableThread(viewer, threadId);
      const room = threadRoom(threadId);
      await socket.join(room);
      this.expireAt(socket, threadId, validUntil);
      return { ok: true, readers: await this.presence.total(room) };
    });
  }

  /** Category lists listen for activity (ids only) to refresh unread counts; only readable categories are joined. */
  @SubscribeMessage('forum:watch-categories')
  watchCategories(@ConnectedSocket() socket: Socket): Promise<Ack & { categoryIds?: string[] }> {
    return this.answer(async () => {
      const { viewer } = await this.access.forUserId(socket.data.userId);
      const readable = await this.access.readableCategoryIds(viewer);
      for (const room of socket.rooms) if (room.startsWith('forum:category:')) await socket.leave(room);
      for (const id of readable) await socket.join(categoryRoom(id));
      return { ok: true as const, categoryIds: readable };
    });
  }

  /** A refusal becomes a coded answer; a fault is logged and answered without its details. */
  private async answer<T extends Ack>(work: () => Promise<T>): Promise<T | Ack> {
    try {
      return await work();
    } catch (e) {
      if (e instanceof DomainException) return { ok: false, error: { code: e.category, reason: e.reason, message: e.message } };
      this.logger.error(e);
      return { ok: false, error: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', message: 'Something went wrong.' } };
    }
  }

  @SubscribeMessage('forum:leave')
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const raw = (body as { threadId?: unknown } | null)?.threadId;
    if (!isUuid(raw)) return bad('INVALID_EVENT', 'Send { threadId } with a thread id.');
    // Rooms are named by the canonical (lower-case) id that posts are published to.
    const threadId = raw.toLowerCase();
    await this.removeFromThread(socket, threadId, false);
    return { ok: true };
  }

  @SubscribeMessage('forum:typing')
  typing(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Ack {
    const raw = (body as { threadId?: unknown } | null)?.threadId;
    if (!isUuid(raw)) return bad('INVALID_EVENT', 'Send { threadId } with a thread id.');
    // Rooms are named by the canonical (lower-case) id that posts are published to.
    const threadId = raw.toLowerCase();
    const room = threadRoom(threadId);
    if (!socket.rooms.has(room) || !socket.data.userId) return bad('NOT_IN_THREAD', 'Join the thread first.');
    const last = (socket.data.lastTyping as number | undefined) ?? 0;
    // No names: the board may be anonymous, and "someone is typing" is all readers need.
    if (Date.now() - last >= TYPING_INTERVAL_MS) {
      socket.data.lastTyping = Date.now();
      socket.to(room).emit('forum:typing', { threadId });
    }
    return { ok: true };
  }

  postCreated(threadId: string, post: ForumPostModel, categoryId?: string): void {
    this.server?.to(threadRoom(threadId)).emit('forum:post', { threadId, post: wirePost(post), sentAt: Date.now() });
    // No content for list watchers: just which thread moved, so they refetch what they may see.
    if (categoryId) this.categoryActivity(categoryId, threadId);
  }

  categoryActivity(categoryId: string, threadId: string): void {
    this.server?.to(categoryRoom(categoryId)).emit('forum:category-activity', { categoryId, threadId });
  }

  postUpdated(threadId: string, post: ForumPostModel): void {
    this.server?.to(threadRoom(threadId)).emit('forum:post-updated', { threadId, post: wirePost(post) });
  }

  postRemoved(threadId: string, postId: string): void {
    this.server?.to(threadRoom(threadId)).emit('forum:post-removed', { threadId, postId });
  }

  reactionsChanged(threadId: string, postId: string, reactions: Omit<ReactionSummaryModel, 'mine'>[]): void {
    this.server?.to(threadRoom(threadId)).emit('forum:reactions', { threadId, postId, reactions: reactions.map((r) => ({ ...r, kind: enumName(ReactionKindGql, r.kind) })) });
  }

  /** A thread became invisible to its readers (hidden, deleted, held): everyone but moderators leaves. */
  async threadClosedToReaders(threadId: string): Promise<void> {
    if (!this.server) return;
    for (const s of await this.server.in(threadRoom(threadId)).fetchSockets()) {
      const { viewer } = await this.access.forUserId(s.data.userId);
      const allowed = await this.access.readableThread(viewer, threadId).then(() => true, () => false);
      if (!allowed) {
        s.leave(threadRoom(threadId));
        s.emit('forum:access-lost', { threadId });
      }
    }
  }

  /** Re-checks every thread room a user's sockets are in, on every process (Redis adapter). */
  async recheckUser(userId: string): Promise<void> {
    if (!this.server) return;
    const sockets = await this.server.in(userRoom(userId)).fetchSockets();
    if (sockets.length === 0) return;
    const { viewer } = await this.access.forUserId(userId);
    const readable = new Set(await this.access.readableCategoryIds(viewer));
    for (const s of sockets) {
      for (const room of s.rooms) {
        if (room.startsWith('forum:category:') && !readable.has(room.slice('forum:category:'.length))) s.leave(room);
        if (!room.startsWith('forum:thread:')) continue;
        const threadId = room.slice('forum:thread:'.length);
        const allowed = await this.access.readableThread(viewer, threadId).then(() => true, () => false);
        if (!allowed) {
          s.leave(room);
          s.emit('forum:access-lost', { threadId });
        }
      }
    }
  }

  private expireAt(socket: Socket, threadId: string, validUntil: Date | null): void {
    const timers = socket.data.forumExpiry as Map<string, NodeJS.Timeout>;
    clearTimeout(timers.get(threadId));
    if (!validUntil) return;
    const delay = validUntil.getTime() - Date.now();
    // Membership that runs out while reading: re-check at that moment (timers cap at ~24.8 days).
    if (delay < 2 ** 31 - 1) timers.set(threadId, setTimeout(() => void this.recheckSocket(socket, threadId), Math.max(0, delay) + 50));
  }

  private async recheckSocket(socket: Socket, threadId: string): Promise<void> {
    const { viewer, validUntil } = await this.access.forUserId(socket.data.userId);
    const allowed = await this.access.readableThread(viewer, threadId).then(() => true, () => false);
    if (allowed) return this.expireAt(socket, threadId, validUntil);
    await this.removeFromThread(socket, threadId, true);
  }

  private async removeFromThread(socket: Socket, threadId: string, notify: boolean): Promise<void> {
    const room = threadRoom(threadId);
    const timers = socket.data.forumExpiry as Map<string, NodeJS.Timeout> | undefined;
    clearTimeout(timers?.get(threadId));
    timers?.delete(threadId);
    await socket.leave(room);
    if (notify) socket.emit('forum:access-lost', { threadId });
  }
}
