import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainException, ErrorCategory } from './domain.exception';

const HTTP_STATUS: Record<ErrorCategory, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Domain errors are answers, not faults: hand them to the GraphQL error formatter untouched, so
 * Nest does not log each one as an unhandled exception. On plain HTTP routes (feeds, exports,
 * downloads) one that escapes the handler — the input pipe's refusal, say — is answered in the same
 * coded shape with a matching status, instead of becoming a 500.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException, host: ArgumentsHost): DomainException | void {
    if (host.getType() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    res.status(HTTP_STATUS[exception.category] ?? 400).json({
      errors: [{ message: exception.message, extensions: { code: exception.category, reason: exception.reason } }],
    });
  }
}
