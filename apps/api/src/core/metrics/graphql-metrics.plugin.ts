import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import type { GqlContext } from '../graphql/graphql-context';
import type { GraphqlRequestInfo } from '../logging/request-logging.middleware';
import { GraphqlOutcome, MetricsService } from './metrics.service';

function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): GraphqlOutcome {
  if (!errors?.length) return 'success';
  return errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ? 'internal_error' : 'error';
}

/**
 * Per-operation metrics and the operation's part of the request log line. Names come from the parsed
 * document (not the client's `operationName` field); a query that does not parse counts as "invalid".
 * Errors are logged by code, reason and path only: their messages may quote the caller's variables.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin<GqlContext> {
  private readonly logger = new Logger('GraphQL');

  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart({ contextValue }: { contextValue: GqlContext }): Promise<GraphQLRequestListener<GqlContext>> {
    const started = process.hrtime.bigint();
    let operation = 'invalid';
    let type = 'unknown';
    const { metrics, logger } = this;
    return {
      async didResolveOperation({ operation: op }) {
        type = op?.operation ?? 'unknown';
        operation = metrics.operationLabel(op?.name?.value);
      },
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const outcome = outcomeOf(errors);
        metrics.graphqlOperation(operation, type, outcome, Number(process.hrtime.bigint() - started) / 1e9);
        const info: GraphqlRequestInfo = { operation, operationType: type, outcome };
        if (contextValue?.res?.locals) contextValue.res.locals.graphql = info;
        if (errors?.length) {
          logger.debug({
            msg: 'graphql errors',
            operation,
            errors: errors.map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason, path: e.path?.join('.') })),
          });
        }
      },
    };
  }
}
