import { Global, Injectable, Module } from '@nestjs/common';

/** The time source; tests swap it to move time instead of waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
