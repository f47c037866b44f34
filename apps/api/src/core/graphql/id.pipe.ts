import { Injectable, PipeTransform } from '@nestjs/common';
import { CommonException } from '../errors/common.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else is bad input with a code, before it reaches SQL. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new CommonException('VALIDATION_FAILED', { fields: { id: 'Not a valid id.' } }, 'Not a valid id.');
    }
    return value.toLowerCase();
  }
}
