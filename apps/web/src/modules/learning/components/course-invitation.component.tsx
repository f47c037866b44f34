import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { CourseAccessMissing } from '../../../gql/graphql';
import { formatUsd } from '../learning-labels.util';

/**
 * For visitors and guests: how to open the course. Module content and quizzes stay closed. `buyTo` is
 * the checkout for the course on its own, when it is for sale.
 */
export function CourseInvitation({ missing, priceCents, buyTo }: { missing: CourseAccessMissing | null; priceCents: number; buyTo: string | null }) {
  return (
    <Card withBorder padding="lg" bg="blue.0">
      <Stack gap="sm">
        <Title order={2} size="h3">
          Take the course
        </Title>
        <List spacing={4}>
          <List.Item>Included in premium membership, individual or through your organization.</List.Item>
          <List.Item>Included with the Social Media Residency.</List.Item>
          <List.Item>Or on its own for {formatUsd(priceCents)}.</List.Item>
        </List>
        <Group gap="sm">
          {buyTo ? (
            <Button component={Link} to={buyTo}>
              Buy the course — {formatUsd(priceCents)}
            </Button>
          ) : null}
          <Button component={Link} to="/membership" variant={buyTo ? 'default' : 'filled'}>
            See membership
          </Button>
          <Button component={Link} to="/events" variant="default">
            Residency and events
          </Button>
        </Group>
        {missing === 'SIGN_IN' ? (
          <Text size="sm">
            Already a member?{' '}
            <Anchor component={Link} to="/login?next=%2Flearning">
              Log in
            </Anchor>{' '}
            to see your progress.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Bought the course on invoice? It opens as soon as the invoice is paid. Registered for the Residency and cannot open it? Contact
            Confer staff.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
