import { Anchor, Card, Group, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ResourceInvitation } from '../../../gql/graphql';

/** Under a preview: how to read the rest (a free account, or premium membership). */
export function JoinInvitation({ invitation, next }: { invitation: ResourceInvitation; next: string }) {
  const signUp = invitation === 'SIGN_UP';
  return (
    // A bordered card rather than a tinted alert: its links keep full contrast.
    <Card withBorder padding="md" component="aside" aria-labelledby="join-invitation-title">
      <Text id="join-invitation-title" fw={700} mb={4}>
        {signUp ? 'Join Confer to read the rest' : 'Premium members read the whole resource'}
      </Text>
      <Text mb="xs">
        {signUp
          ? 'The full text and its files are for members. A free guest account opens guest resources; premium membership opens everything, including webinar recordings.'
          : 'The full text, its files and recordings are part of premium membership, individually or through your organization.'}
      </Text>
      <Group gap="md">
        {signUp ? (
          <>
            <Anchor component={Link} to="/signup">
              Create a free account
            </Anchor>
            <Anchor component={Link} to={`/login?next=${encodeURIComponent(next)}`}>
              Log in
            </Anchor>
          </>
        ) : null}
        <Anchor component={Link} to="/membership">
          About premium membership
        </Anchor>
      </Group>
    </Card>
  );
}
