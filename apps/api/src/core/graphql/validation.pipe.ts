import { ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonException } from '../errors/common.exception';

function flatten(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) fields[path] = Object.values(e.constraints)[0];
    if (e.children?.length) Object.assign(fields, flatten(e.children, path));
  }
  return fields;
}

/** class-validator on every input type; failures become BAD_USER_INPUT with a message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const first = Object.entries(fields)[0];
      return new CommonException('VALIDATION_FAILED', { fields }, first ? `${first[0]}: ${first[1]}` : undefined);
    },
  });
}
