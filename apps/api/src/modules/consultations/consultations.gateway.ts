import { isUuid } from '@confer/libs/text';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';

export const expertRoom = (expertId: string) => `consultations:expert:${expertId}`;

export interface SlotsChangedPayload {
  expertId: string;
  /** The time that became taken (null when time was freed: refetch). Says nothing about who booked. */
  taken: { start: string; end: string } | null;
}

type Ack = { ok: true } | { ok: false; error: { code: string; reason: string; message: string } };

/**
 * Live expert calendars: everyone looking at an expert's page is in that expert's room and hears when
 * a slot is taken or freed. The directory is public, so is the room; the payload names no one.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class ConsultationsGateway {
  @WebSocketServer() server: Server;

  @SubscribeMessage('consultations:watch-expert')
  async watch(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const expertId = (body as { expertId?: unknown } | null)?.expertId;
    if (!isUuid(expertId)) return { ok: false, error: { code: 'BAD_USER_INPUT', reason: 'INVALID_EVENT', message: 'Send { expertId } with an expert id.' } };
    for (const room of socket.rooms) if (room.startsWith('consultations:expert:')) await socket.leave(room);
    await socket.join(expertRoom(expertId.toLowerCase()));
    return { ok: true };
  }

  @SubscribeMessage('consultations:unwatch-expert')
  async unwatch(@ConnectedSocket() socket: Socket): Promise<Ack> {
    for (const room of socket.rooms) if (room.startsWith('consultations:expert:')) await socket.leave(room);
    return { ok: true };
  }

  slotsChanged(payload: SlotsChangedPayload): void {
    this.server?.to(expertRoom(payload.expertId)).emit('consultations:slots-changed', payload);
  }
}
