import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { AppConfig } from '../config/app-config';
import { formatGraphqlError } from '../errors/error-formatter';
import { RequestLoaders } from '../loaders/request-loaders';
import { currentRequestId } from '../logging/request-context';
import { GqlContext } from './graphql-context';
import { JitExecutor } from './jit-executor';

const logger = new Logger('GraphQL');

/** Limits sized for the web app's real queries with room to spare; an attacker's deep or wide query is refused. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 3000, maxDirectives: 30 };

export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    // Armor's token plugin turns syntax errors into HTTP 500s; graphql-js enforces the limit at parse time instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  const jit = config.graphqlJit ? new JitExecutor() : null;
  return {
    path: '/graphql',
    autoSchemaFile: config.schemaFile ?? true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // No HTTP cache hints are used; without the plugin Apollo skips wrapping every field resolver.
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    // Apollo takes a custom executor only as a gateway (which then supplies the schema Nest built).
    ...(jit ? { transformSchema: jit.useSchema, gateway: jit } : {}),
    context: ({ req, res }: Pick<GqlContext, 'req' | 'res'>): GqlContext => ({ req, res, loaders: new RequestLoaders() }),
    formatError: (formatted, error) => {
      const shaped = formatGraphqlError(formatted, error, (e) => logger.error(e instanceof Error ? e : String(e)));
      // A masked fault carries the request id, so a member's report can be matched to the log line.
      const requestId = currentRequestId();
      return shaped.extensions?.code === 'INTERNAL_SERVER_ERROR' && requestId ? { ...shaped, extensions: { ...shaped.extensions, requestId } } : shaped;
    },
  };
}
