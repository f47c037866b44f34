import type { ApolloCache, Reference } from '@apollo/client';
import type { ForumPostFieldsFragment, ForumStatus, ReactionKind } from '../../gql/graphql';
import { forumPostFieldsFragment } from './graphql/forum-fields.graphql';

/**
 * A post as the realtime room sends it: what any peer may see, with enum values as GraphQL sends
 * them and no per-viewer details (`isYou`, `mine`, held reason, findings).
 */
export interface LivePost {
  id: string;
  threadId: string;
  seq: number;
  bodyHtml: string;
  bodyMd: string;
  status: ForumStatus;
  heldReason?: string | null;
  author: Omit<ForumPostFieldsFragment['author'], '__typename' | 'isYou'> & { isYou?: boolean };
  reactions: LiveReaction[];
  createdAt: string;
  editedAt: string | null;
}

export interface LiveReaction {
  kind: ReactionKind;
  count: number;
}

const postRef = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'ForumPost', id });

export function readPost(cache: ApolloCache, id: string): ForumPostFieldsFragment | null {
  return cache.readFragment({ id: postRef(cache, id), fragment: forumPostFieldsFragment, fragmentName: 'ForumPostFields' });
}

function writePost(cache: ApolloCache, post: ForumPostFieldsFragment): void {
  cache.writeFragment({ fragment: forumPostFieldsFragment, fragmentName: 'ForumPostFields', data: post });
}

/** Peer counts with this viewer's own `mine` flags kept. */
function withMine(reactions: readonly LiveReaction[], existing: ForumPostFieldsFragment | null): ForumPostFieldsFragment['reactions'] {
  const mine = new Set(existing?.reactions.filter((r) => r.mine).map((r) => r.kind) ?? []);
  return reactions.map((r) => ({ __typename: 'ReactionSummary', kind: r.kind, count: r.count, mine: mine.has(r.kind) }));
}

/** The live post in the shape of `ForumPostFields`, keeping what this viewer already knew about it. */
export function fromLivePost(raw: LivePost, existing: ForumPostFieldsFragment | null, viewerId: string | null): ForumPostFieldsFragment {
  const status = raw.status;
  const isYou = existing?.author.isYou ?? (raw.author.userId !== null && raw.author.userId === viewerId);
  return {
    __typename: 'ForumPost',
    id: raw.id,
    threadId: raw.threadId,
    seq: raw.seq,
    bodyHtml: raw.bodyHtml,
    bodyMd: raw.bodyMd,
    status,
    heldReason: status === 'VISIBLE' ? null : (existing?.heldReason ?? null),
    phiFindings: existing?.phiFindings ?? [],
    author: { ...raw.author, __typename: 'ForumAuthor', isYou },
    reactions: withMine(raw.reactions, existing),
    createdAt: raw.createdAt,
    editedAt: raw.editedAt,
    // A post goes out live when it is published or its text changes for readers: no edit waits then.
    pendingEdit: null,
  };
}

type PostList = { nodes: readonly Reference[]; nextCursor: string | null };

/** Adds a cached post to its thread's loaded posts unless it is there already; true when added. */
export function appendToThread(cache: ApolloCache, threadId: string, postId: string): boolean {
  const ref = cache.identify({ __typename: 'ForumPost', id: postId });
  if (!ref) return false;
  let added = false;
  cache.modify<{ posts: PostList }>({
    id: cache.identify({ __typename: 'ForumThread', id: threadId }),
    fields: {
      posts(list, { readField }) {
        const current = list as PostList;
        if (current.nodes.some((node) => readField('id', node) === postId)) return current;
        added = true;
        return { ...current, nodes: [...current.nodes, { __ref: ref }] };
      },
    },
  });
  return added;
}

/**
 * Adds a post that arrived live (or updates the copy already shown). New posts are appended to the
 * thread's loaded posts once, by id; `append: false` only updates a post that is already there.
 */
export function upsertLivePost(cache: ApolloCache, raw: LivePost, viewerId: string | null, append: boolean): void {
  const existing = readPost(cache, raw.id);
  if (!existing && !append) return;
  writePost(cache, fromLivePost(raw, existing, viewerId));
  if (!append || !appendToThread(cache, raw.threadId, raw.id)) return;
  cache.modify<{ postCount: number }>({
    id: cache.identify({ __typename: 'ForumThread', id: raw.threadId }),
    fields: { postCount: (count) => (count as number) + 1 },
  });
}

/** A post no longer visible to readers: out of the list and out of the cache. */
export function removePost(cache: ApolloCache, threadId: string, postId: string): void {
  cache.modify<{ posts: PostList }>({
    id: cache.identify({ __typename: 'ForumThread', id: threadId }),
    fields: {
      posts(list, { readField }) {
        const current = list as PostList;
        return { ...current, nodes: current.nodes.filter((node) => readField('id', node) !== postId) };
      },
    },
  });
  cache.evict({ id: postRef(cache, postId) });
  cache.gc();
}

export function updateReactions(cache: ApolloCache, postId: string, reactions: readonly LiveReaction[]): void {
  const existing = readPost(cache, postId);
  if (existing) writePost(cache, { ...existing, reactions: withMine(reactions, existing) });
}

/** The thread closed to this viewer: forget everything cached about it. */
export function forgetThread(cache: ApolloCache, threadId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'ForumThread', id: threadId }) });
  cache.gc();
}
