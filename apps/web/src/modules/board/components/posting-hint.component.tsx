import { Alert, Anchor } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';

interface PostingHintProps {
  signedIn: boolean;
  emailVerified: boolean;
  /** What the viewer cannot do yet, e.g. "reply". */
  action: string;
}

/** Why the viewer can read but not write here, and what would change that. */
export function PostingHint({ signedIn, emailVerified, action }: PostingHintProps) {
  const { pathname } = useLocation();
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
  return (
    <Alert color="gray" variant="light">
      Premium members (or members of this group) can {action} here.{' '}
      <Anchor component={Link} to="/membership">
        See your membership
      </Anchor>
    </Alert>
  );
}
