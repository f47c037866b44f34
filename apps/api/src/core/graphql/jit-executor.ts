import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, ExecutionResult, getVariableValues, GraphQLError, GraphQLSchema } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; the web app sends a few hundred, an attacker's variety goes round the bound. */
const COMPILED_OPERATIONS = 1000;
/** As graphql-js's execute: at most this many variable errors are reported. */
const MAX_VARIABLE_ERRORS = 50;

/**
 * Runs queries with graphql-jit: each parsed and validated query is compiled once into a
 * function, which then executes without graphql-js's per-field interpretation (the thread page
 * resolves ~1,200 fields). Apollo Server 4+ takes a custom executor only in the shape of a gateway,
 * so this is one: it hands Apollo the schema Nest built, and the executor. Parsing, validation (the
 * query limits included), the context, plugins and error formatting stay Apollo's.
 */
export class JitExecutor implements GatewayInterface {
  private schema: GraphQLSchema | null = null;
  /** Compiled operations by query hash and operation name, least recently used first. */
  private readonly compiled = new Map<string, CompiledQuery>();

  /** Nest's `transformSchema` hook: the schema every operation is compiled against. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    this.compiled.clear();
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
    return () => undefined;
  }

  async load(): Promise<{ executor: GatewayExecutor }> {
    return { executor: (request) => this.execute(request) };
  }

  async stop(): Promise<void> {
    this.compiled.clear();
  }

  private async execute(request: GatewayGraphQLRequestContext): Promise<ExecutionResult> {
    const schema = this.requireSchema();
    const variables = request.request.variables ?? {};
    // Mutations keep graphql-js: serial, and the first failure of a non-null field ends the request
    // (graphql-jit runs the rest, e.g. every aliased log-in attempt). Reads are where the fields are.
    if (request.operation.operation !== 'query') {
      return execute({ schema, document: request.document, contextValue: request.context, variableValues: variables, operationName: request.operationName });
    }
    // Bad variables are refused by graphql-js itself, so callers get exactly its errors (and codes).
    const checked = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, { maxErrors: MAX_VARIABLE_ERRORS });
    if (checked.errors) return { errors: checked.errors };
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let query = this.compiled.get(key);
    if (query) {
      this.compiled.delete(key);
    } else {
      const result = compileQuery(schema, request.document, request.operationName ?? undefined);
      // Not compiled: an execution error graphql-js would also give (e.g. no such operation).
      if (!isCompiledQuery(result)) return result;
      query = result;
      if (this.compiled.size >= COMPILED_OPERATIONS) this.compiled.delete(this.compiled.keys().next().value as string);
    }
    this.compiled.set(key, query);
    const result = await query.query(undefined, request.context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('The GraphQL schema was not built before the server started.');
    return this.schema;
  }
}

/**
 * graphql-jit's errors inherit GraphQLError's prototype but leave `extensions` undefined where
 * graphql-js always sets an object, which Apollo's error formatting reads: rebuilt as graphql-js's.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions ?? undefined });
  if (error.locations) Object.defineProperty(copy, 'locations', { value: error.locations, enumerable: true });
  return copy;
}
