import { ApolloClient, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';

interface CursorPage {
  nodes: readonly { __ref?: string }[];
  nextCursor: string | null;
}

/**
 * A cursor-paged list (`{ nodes, nextCursor }`): the first page replaces what is cached, a later
 * page (`after` set) is appended, skipping nodes already there (a live update may have added them).
 */
function cursorPages(keyArgs: FieldPolicy['keyArgs']): FieldPolicy<CursorPage> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.nodes.map((node) => node.__ref).filter(Boolean));
      const added = incoming.nodes.filter((node) => !node.__ref || !seen.has(node.__ref));
      return { ...incoming, nodes: [...existing.nodes, ...added] };
    },
  };
}

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
      // Interfaces the web app spreads fragments on: the cache must know which types implement them.
      possibleTypes: { DirectoryEntry: ['DirectoryListing', 'DirectorySubmission', 'DirectoryDuplicate'] },
      typePolicies: {
        Query: {
          fields: {
            // Staff user search pages through a cursor; each search term is its own list.
            users: cursorPages(['search']),
          },
        },
        // A category's threads and a thread's posts: "Load more" appends; live posts are added in place.
        ForumCategory: { fields: { threads: cursorPages(false) } },
        ForumThread: { fields: { posts: cursorPages(false) } },
        // A post's author has no id: a newer answer about the same post updates it.
        ForumAuthor: { merge: true },
        // Membership has no id of its own: a newer answer about the same account simply updates it.
        Membership: { merge: true },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
