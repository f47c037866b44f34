import { Module } from '@nestjs/common';
import { DevMailController } from './dev-mail.controller';

/** Mounted only when config.devTools is true, which core/config never allows in production. */
@Module({ controllers: [DevMailController] })
export class DevMailModule {}
