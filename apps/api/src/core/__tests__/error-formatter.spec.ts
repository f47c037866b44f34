import { GraphQLError } from 'graphql';
import { CommonException } from '../errors/common.exception';
import { formatGraphqlError } from '../errors/error-formatter';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatGraphqlError', () => {
  const logged: unknown[] = [];
  const log = (e: unknown) => logged.push(e);

  it('keeps a domain error as category, reason and fields', () => {
    const e = new CommonException('VALIDATION_FAILED', { fields: { email: 'bad' } });
    const out = formatGraphqlError({ message: e.message, path: ['x'] }, wrap(e), log);
    expect(out).toEqual({ message: 'Some fields are not valid.', path: ['x'], extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED', fields: { email: 'bad' } } });
  });

  it('masks anything unexpected and logs it', () => {
    const e = new Error('relation "users" does not exist at Pool.query (/app/node_modules/pg/lib/index.js:1)');
    const out = formatGraphqlError({ message: e.message, path: ['x'], extensions: { stacktrace: ['...'] } }, wrap(e), log);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(out)).not.toMatch(/relation|pg|stack/);
    expect(logged).toContain(e);
  });

  it('passes graphql-js validation errors through with their code', () => {
    const out = formatGraphqlError({ message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'), log);
    expect(out.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
