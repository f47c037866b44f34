import { isStaff } from '@confer/libs/access';
import { isUuid } from '@confer/libs/text';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { MembershipService } from '../accounts/membership.service';
import type { EventAttendanceModel } from './graphql/registration.model';
import { RegistrationRepository } from './registration.repository';

export const checkInRoom = (eventId: string) => `events:check-in:${eventId}`;

type Ack = { ok: true; attendance: EventAttendanceModel } | { ok: false; error: { code: string; reason: string; message: string } };

/** The live "who is in" count at the door: staff only, one room per event. */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class CheckInGateway {
  @WebSocketServer() server: Server;

  constructor(
    private readonly membership: MembershipService,
    private readonly regs: RegistrationRepository,
  ) {}

  @SubscribeMessage('events:check-in:join')
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const raw = (body as { eventId?: unknown } | null)?.eventId;
    if (!isUuid(raw)) return { ok: false, error: { code: 'BAD_USER_INPUT', reason: 'INVALID_EVENT', message: 'Send { eventId } with an event id.' } };
    // Decided fresh from the database: a role removed since the socket connected counts.
    const { viewer } = await this.membership.viewerForUserId(socket.data.userId ?? undefined);
    if (!isStaff(viewer)) return { ok: false, error: { code: 'FORBIDDEN', reason: 'NOT_STAFF', message: 'Only staff can do that.' } };
    const eventId = raw.toLowerCase();
    await socket.join(checkInRoom(eventId));
    return { ok: true, attendance: { eventId, ...(await this.regs.attendance(eventId)) } };
  }

  /** After a committed check-in. */
  publish(attendance: EventAttendanceModel): void {
    this.server?.to(checkInRoom(attendance.eventId)).emit('events:attendance', { ...attendance, sentAt: Date.now() });
  }
}
