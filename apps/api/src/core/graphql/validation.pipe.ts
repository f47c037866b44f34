import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
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

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** PostgreSQL text cannot hold U+0000; refuse it in any argument before it reaches a query. */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'value' : null;
  if (depth > 6) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
  } else if (isPlain(value)) {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(v, path ? `${path}.${k}` : k, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

/** class-validator on every input type; failures become BAD_USER_INPUT with a message per field. */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
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

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = findNul(value, metadata.data ?? '');
      if (field) throw new CommonException('VALIDATION_FAILED', { fields: { [field]: 'Contains a character that is not allowed.' } }, `${field}: contains a character that is not allowed.`);
    }
    return super.transform(value, metadata);
  }
}
