import { Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service';

/**
 * What the board imports to report published posts. It depends on nothing of the board, so the
 * board can import it while NotificationCenterModule (which reads the board) imports the board.
 */
@Module({ providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
