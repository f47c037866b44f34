import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainException } from './domain.exception';

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function originalOf(error: unknown): unknown {
  let current = error as { originalError?: unknown } | undefined;
  // Apollo and graphql-js nest the thrown error; walk down to what the resolver threw.
  for (let i = 0; i < 5 && current?.originalError; i++) current = current.originalError as typeof current;
  return current;
}

/**
 * The one place GraphQL errors are shaped. Domain errors keep their category and reason; anything
 * unexpected is masked so no stack, SQL or internal message reaches a caller.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = originalOf(error);
  if (original instanceof DomainException) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.category,
        reason: original.reason,
        ...(original.details.fields ? { fields: original.details.fields } : {}),
        ...(original.details.retryAfterSeconds !== undefined ? { retryAfterSeconds: original.details.retryAfterSeconds } : {}),
        ...(original.details.extra ?? {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    // graphql-js messages for bad queries and bad variables are safe and useful; drop anything else.
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  // graphql-js gives up on variables after 50 errors with an error of its own that Apollo leaves untagged.
  if (original instanceof GraphQLError && !original.originalError && !original.path && original.message.startsWith('Too many errors processing variables')) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphQLError && !original.originalError && typeof code !== 'string') {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (typeof code === 'string' && /^(BAD_REQUEST|UNAUTHENTICATED|FORBIDDEN|TOO_MANY_REQUESTS)$/.test(code)) {
    return { message: formatted.message, path: formatted.path, extensions: { code } };
  }
  log(original ?? error);
  return { message: 'Something went wrong on our side. Please try again.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
