import type { FellowshipPlanAction, FellowshipPlanStatus } from '../../gql/graphql';

const STATUSES: Record<FellowshipPlanStatus, { label: string; color: string; meaning: string }> = {
  SUBMITTED: { label: 'Submitted', color: 'blue.9', meaning: 'Waiting for a reviewer to pick it up.' },
  IN_REVIEW: { label: 'In review', color: 'indigo.9', meaning: 'A reviewer is reading it.' },
  REVISION_REQUESTED: { label: 'Revision requested', color: 'grape.9', meaning: 'A reviewer asked for changes: read the comments and resubmit.' },
  RESUBMITTED: { label: 'Resubmitted', color: 'cyan.9', meaning: 'The revised plan is waiting for a reviewer.' },
  ACCEPTED: { label: 'Accepted', color: 'teal.9', meaning: 'Accepted: the author is a Social Media Fellow.' },
  DECLINED: { label: 'Declined', color: 'gray.8', meaning: 'Not accepted this time.' },
};

export function planStatus(status: FellowshipPlanStatus): { label: string; color: string; meaning: string } {
  return STATUSES[status];
}

const ACTIONS: Record<FellowshipPlanAction, { label: string; timeline: string; needsComment: boolean; color?: string }> = {
  SUBMIT: { label: 'Submit', timeline: 'Submitted the plan', needsComment: false },
  START_REVIEW: { label: 'Start the review', timeline: 'Started the review', needsComment: false },
  COMMENT: { label: 'Comment', timeline: 'Commented', needsComment: true },
  REQUEST_REVISION: { label: 'Ask for a revision', timeline: 'Asked for a revision', needsComment: true, color: 'grape.9' },
  RESUBMIT: { label: 'Resubmit', timeline: 'Resubmitted the revised plan', needsComment: false },
  ACCEPT: { label: 'Accept', timeline: 'Accepted the plan', needsComment: false, color: 'teal.9' },
  DECLINE: { label: 'Decline', timeline: 'Declined the plan', needsComment: true, color: 'red.9' },
};

export function planAction(action: FellowshipPlanAction): { label: string; timeline: string; needsComment: boolean; color?: string } {
  return ACTIONS[action];
}

/** The platforms a plan can name (the API's list). */
export const PLATFORMS: readonly { value: string; label: string }[] = [
  { value: 'facebook', label: 'Facebook' },
  { value: 'x', label: 'X (Twitter)' },
  { value: 'youtube', label: 'YouTube' },
  { value: 'linkedin', label: 'LinkedIn' },
  { value: 'instagram', label: 'Instagram' },
  { value: 'tiktok', label: 'TikTok' },
  { value: 'blog', label: 'Blog' },
  { value: 'podcast', label: 'Podcast' },
  { value: 'other', label: 'Other' },
];

export function platformLabel(value: string): string {
  return PLATFORMS.find((p) => p.value === value)?.label ?? value;
}

/** Why the signed-in member cannot submit, in words. */
export function cannotSubmitMessage(reason: string | null): string {
  switch (reason) {
    case 'NOT_ELIGIBLE':
      return 'The Fellows programme is open to members who completed the Social Media Residency. Your eligibility is recorded when you check in at the Residency; if you attended and it is missing, ask staff.';
    case 'EMAIL_NOT_VERIFIED':
      return 'Confirm your email address first.';
    case 'PLAN_EXISTS':
      return 'You already have a plan in the programme.';
    default:
      return 'You cannot submit a plan right now.';
  }
}
