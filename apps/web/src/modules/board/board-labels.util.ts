import type { FlagReason, ForumAudience, ForumStatus, ReactionKind } from '../../gql/graphql';

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
  move: 'Moved a thread',
  warn: 'Warned a member',
  suspend: 'Paused posting',
  unsuspend: 'Lifted a posting pause',
  dismiss_flags: 'Dismissed flags',
  approve_edit: 'Approved an edit',
  reject_edit: 'Rejected an edit',
};

export function moderationActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.replace(/_/g, ' ');
}

export const FLAG_REASONS: readonly { value: FlagReason; label: string; description: string }[] = [
  { value: 'PATIENT_PRIVACY', label: 'Patient privacy', description: 'It may identify a patient.' },
  { value: 'UNPROFESSIONAL', label: 'Unprofessional', description: 'Rude, hostile or not fit for a professional board.' },
  { value: 'SPAM', label: 'Spam', description: 'Advertising or off-topic promotion.' },
  { value: 'OTHER', label: 'Something else', description: 'Say what in the note.' },
];

export function flagReasonLabel(reason: FlagReason): string {
  return FLAG_REASONS.find((r) => r.value === reason)?.label ?? reason;
}
