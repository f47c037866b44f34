import { Global, Module } from '@nestjs/common';
import { RealtimeGateway } from './realtime.gateway';
import { RoomPresence } from './room-presence.service';

@Global()
@Module({ providers: [RealtimeGateway, RoomPresence], exports: [RealtimeGateway, RoomPresence] })
export class RealtimeModule {}
