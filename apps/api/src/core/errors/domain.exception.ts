/** The categories a caller sees as `extensions.code`. */
export type ErrorCategory =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export interface ErrorSpec {
  category: ErrorCategory;
  message: string;
}

/**
 * Base of every module's exception. `reason` is the module's specific code (e.g. EMAIL_NOT_VERIFIED);
 * `category` decides `extensions.code`. Messages are written for the user and never carry internals.
 */
export class DomainException extends Error {
  constructor(
    readonly reason: string,
    readonly category: ErrorCategory,
    message: string,
    readonly details: { fields?: Record<string, string>; retryAfterSeconds?: number; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
  }
}

/** Builds a module's exception class from its code table, so every module declares codes the same way. */
export function defineExceptions<Code extends string>(table: Record<Code, ErrorSpec>) {
  return class ModuleException extends DomainException {
    constructor(code: Code, details: DomainException['details'] = {}, message?: string) {
      super(code, table[code].category, message ?? table[code].message, details);
    }
  };
}
