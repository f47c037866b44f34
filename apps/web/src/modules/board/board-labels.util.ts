import type { ForumAudience, ForumStatus, ReactionKind } from '../../gql/graphql';

const AUDIENCES: Record<ForumAudience, { label: string; color: string }> = {
  PUBLIC: { label: 'Public sample', color: 'gray' },
  PREMIUM: { label: 'Premium', color: 'teal' },
  GROUP: { label: 'Private group', color: 'grape' },
};

/** Who may read a category: the badge's words and color. */
export function audienceBadge(audience: ForumAudience): { label: string; color: string } {
  return AUDIENCES[audience];
}

/** What a status means to the person who sees it; null for ordinary visible content. */
export function statusLabel(status: ForumStatus): string | null {
  switch (status) {
    case 'HELD':
      return 'Waiting for a moderator';
    case 'HIDDEN':
      return 'Hidden by a moderator';
    case 'DELETED':
      return 'Deleted';
    case 'VISIBLE':
      return null;
  }
}

export const REACTIONS: readonly { kind: ReactionKind; label: string }[] = [
  { kind: 'HELPFUL', label: 'Helpful' },
  { kind: 'THANKS', label: 'Thanks' },
  { kind: 'AGREE', label: 'Agree' },
];

const ACTION_LABELS: Record<string, string> = {
  approve: 'Approved',
  hide: 'Hid',
  delete: 'Deleted',
  restore: 'Restored',
  edit: 'Edited',
  lock: 'Locked',
  unlock: 'Unlocked',
  pin: 'Pinned',
  unpin: 'Unpinned',
  reveal_author: 'Revealed the author',
  group_add: 'Added to a group',
  group_remove: 'Removed from a group',
};

export function moderationActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.replace(/_/g, ' ');
}
