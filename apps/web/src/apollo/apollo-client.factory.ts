import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One client for the app. The session lives in an HttpOnly cookie set by the API, so requests only
 * need same-origin credentials; the preflight header satisfies the server's CSRF prevention.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Staff user search pages through a cursor; each search term is its own list.
            users: {
              keyArgs: ['search'],
              merge(existing: { nodes: unknown[] } | undefined, incoming: { nodes: unknown[] }, { args }) {
                if (!existing || !args?.after) return incoming;
                return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
              },
            },
          },
        },
        // Membership has no id of its own: a newer answer about the same account simply updates it.
        Membership: { merge: true },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
