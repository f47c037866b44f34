import { Alert, Anchor } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import type { ForumAudience } from '../../../gql/graphql';
import { useViewer } from '../../accounts/hooks/use-viewer.hook';

interface PostingHintProps {
  signedIn: boolean;
  emailVerified: boolean;
  /** What the viewer cannot do yet, e.g. "reply". */
  action: string;
  /** Who reads the category: a verified reader who could otherwise post here has had posting paused. */
  audience?: ForumAudience;
}

/** Why the viewer can read but not write here, and what would change that. */
export function PostingHint({ signedIn, emailVerified, action, audience }: PostingHintProps) {
  const { pathname } = useLocation();
  const { viewer, isModerator } = useViewer();
  // Reading a group's category means being in the group; elsewhere premium (or moderating) lets you post.
  const mayPost = isModerator || audience === 'GROUP' || viewer?.membership.tier === 'PREMIUM';
  if (!signedIn) {
    return (
      <Alert color="gray" variant="light">
        <Anchor component={Link} to={`/login?next=${encodeURIComponent(pathname)}`}>
          Log in
        </Anchor>{' '}
        as a premium member to {action}.
      </Alert>
    );
  }
  if (!emailVerified) {
    return (
      <Alert color="gray" variant="light">
        Verify your email address to {action}: see your{' '}
        <Anchor component={Link} to="/profile">
          profile
        </Anchor>
        .
      </Alert>
    );
  }
  if (audience && mayPost) {
    return (
      <Alert color="orange" variant="light">
        A moderator has paused your posting for now; their email to you says until when. You can still read the board.
      </Alert>
    );
  }
  return (
    <Alert color="gray" variant="light">
      Premium members (or members of this group) can {action} here.{' '}
      <Anchor component={Link} to="/membership">
        See your membership
      </Anchor>
    </Alert>
  );
}
