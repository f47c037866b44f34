import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessageEntity } from './entities/mail-message.entity';
import { MailMessageRepository } from './mail-message.repository';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';

@Module({
  imports: [TypeOrmModule.forFeature([MailMessageEntity])],
  providers: [MailMessageRepository, MailService, MailTransport],
  exports: [MailService, MailMessageRepository],
})
export class MailModule {}
