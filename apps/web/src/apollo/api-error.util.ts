import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** The codes the API puts in a GraphQL error's `extensions.code`. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

export interface ApiError {
  code: ApiErrorCode;
  /** The API's specific reason code (`extensions.reason`), when it gave one. */
  reason: string | null;
  /** A message meant for a person. */
  message: string;
  /** Validation messages by input field name, shown next to the field. */
  fields: Readonly<Record<string, string>>;
}

const KNOWN_CODES = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

const NETWORK_MESSAGE = 'Could not reach Confer. Check your connection and try again.';
const UNKNOWN_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

/** Turns whatever an Apollo operation rejected with into something a form can show. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' && KNOWN_CODES.has(extensions.code as ApiErrorCode)
      ? (extensions.code as ApiErrorCode)
      : 'UNKNOWN';
    const fields: Record<string, string> = {};
    for (const item of error.errors) {
      Object.assign(fields, readFields(item.extensions?.fields));
    }
    return {
      code,
      reason: typeof extensions.reason === 'string' ? extensions.reason : null,
      message: code === 'UNKNOWN' && !first?.message ? UNKNOWN_MESSAGE : (first?.message ?? UNKNOWN_MESSAGE),
      fields,
    };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) {
      return { code: 'TOO_MANY_REQUESTS', reason: null, message: 'Too many attempts. Please wait a moment and try again.', fields: {} };
    }
    return { code: 'UNKNOWN', reason: null, message: UNKNOWN_MESSAGE, fields: {} };
  }
  if (ServerParseError.is(error)) {
    return { code: 'UNKNOWN', reason: null, message: UNKNOWN_MESSAGE, fields: {} };
  }
  return { code: 'NETWORK', reason: null, message: NETWORK_MESSAGE, fields: {} };
}

/** `{ "input.email": "…" }` and `{ email: "…" }` both become `{ email: "…" }`. */
function readFields(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(value as Record<string, unknown>)) {
    if (typeof message !== 'string') continue;
    out[key.replace(/^input\./, '')] = message;
  }
  return out;
}

/** The message for the Alert: nothing when every problem is already shown next to its field. */
export function formLevelMessage(error: ApiError | null, shownFields: readonly string[]): string | null {
  if (!error) return null;
  const fieldNames = Object.keys(error.fields);
  if (fieldNames.length > 0 && fieldNames.every((name) => shownFields.includes(name))) return null;
  return error.message;
}
