import { Inject, Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { RequestHandler } from 'express';
import type { Server, Socket } from 'socket.io';
import { SESSION_MIDDLEWARE } from '../auth/auth-core.module';

type SessionedRequest = { session?: { userId?: string }; sessionID?: string };

export const userRoom = (userId: string) => `user:${userId}`;

/**
 * The socket.io endpoint. A socket is authenticated by the same session cookie as HTTP (checked on the
 * handshake); each signed-in socket joins its user's room. Areas add their own rooms and events.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger('Realtime');
  @WebSocketServer() server: Server;
  private readonly accessListeners: ((userId: string) => Promise<void>)[] = [];

  constructor(@Inject(SESSION_MIDDLEWARE) private readonly sessionMiddleware: RequestHandler) {}

  afterInit(server: Server): void {
    server.engine.use(this.sessionMiddleware);
  }

  handleConnection(socket: Socket): void {
    const request = socket.request as SessionedRequest;
    const userId = request.session?.userId;
    socket.data.userId = userId ?? null;
    socket.data.sid = userId ? (request.sessionID ?? null) : null;
    if (userId) void socket.join(userRoom(userId));
  }

  @SubscribeMessage('whoami')
  whoami(socket: Socket): { userId: string | null } {
    return { userId: socket.data.userId ?? null };
  }

  /** Areas register how to re-check their rooms when a user's access may have shrunk. */
  onAccessChanged(listener: (userId: string) => Promise<void>): void {
    this.accessListeners.push(listener);
  }

  /**
   * A user's access may have shrunk (membership ended, role or group removed): resolves once every
   * area has re-checked that user's open sockets, so the change is in force before the caller answers.
   */
  async accessChanged(...userIds: string[]): Promise<void> {
    for (const userId of userIds) await Promise.all(this.accessListeners.map((l) => l(userId)));
  }

  /** Used when sessions end (log out everywhere, password reset): open sockets close at once. */
  disconnectUser(userId: string): void {
    this.server?.in(userRoom(userId)).disconnectSockets(true);
    this.logger.debug(`disconnected sockets of ${userId}`);
  }

  /** Closes the sockets opened with ended sessions of a user, keeping the one session that stays (if any). */
  async disconnectSessions(userId: string, keepSid: string | null): Promise<void> {
    if (!this.server) return;
    const sockets = await this.server.in(userRoom(userId)).fetchSockets();
    for (const s of sockets) if (s.data.sid !== keepSid) s.disconnect(true);
  }

  /** Closes the sockets of one session (log-out on one device). */
  async disconnectSession(userId: string, sid: string): Promise<void> {
    if (!this.server) return;
    const sockets = await this.server.in(userRoom(userId)).fetchSockets();
    for (const s of sockets) if (s.data.sid === sid) s.disconnect(true);
  }

  connectedCount(): number {
    return this.server?.engine.clientsCount ?? 0;
  }
}
