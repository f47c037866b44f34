import { isUuid } from '@confer/libs/text';
import { Injectable, PipeTransform } from '@nestjs/common';
import { CommonException } from '../errors/common.exception';


/** IDs are UUIDs; anything else is bad input with a code, before it reaches SQL. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (!isUuid(value)) {
      throw new CommonException('VALIDATION_FAILED', { fields: { id: 'Not a valid id.' } }, 'Not a valid id.');
    }
    return value.toLowerCase();
  }
}
