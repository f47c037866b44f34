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

// PostgreSQL's timestamptz starts in 4713 BC; JavaScript dates reach further back.
const EARLIEST_STORABLE = Date.UTC(-4712, 0, 1);

/**
 * Values PostgreSQL cannot take, refused in any argument before they reach a query: U+0000 in text,
 * and dates the DateTime scalar let through unparsed ("Invalid Date") or outside PostgreSQL's range.
 */
function findUnstorable(value: unknown, path: string, depth = 0): [field: string, problem: string] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || 'value', 'contains a character that is not allowed'] : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) || value.getTime() < EARLIEST_STORABLE ? [path || 'value', 'is not a valid date'] : null;
  if (depth > 6) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findUnstorable(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
  } else if (isPlain(value)) {
    for (const [k, v] of Object.entries(value)) {
      const hit = findUnstorable(v, path ? `${path}.${k}` : k, depth + 1);
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
      const hit = findUnstorable(value, metadata.data ?? '');
      if (hit) {
        const [field, problem] = hit;
        throw new CommonException('VALIDATION_FAILED', { fields: { [field]: `${problem[0].toUpperCase()}${problem.slice(1)}.` } }, `${field}: ${problem}.`);
      }
    }
    return super.transform(value, metadata);
  }
}
