import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { FellowsQuery } from '../../../gql/graphql';

type Fellow = FellowsQuery['fellows'][number];

/** A listed fellow: the public card and, if they chose to share one, their summary. */
export function FellowCard({ fellow }: { fellow: Fellow }) {
  const role = [fellow.jobTitle, fellow.organizationName].filter(Boolean).join(', ');
  return (
    <Card withBorder padding="lg" component="li">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Text component="h2" fw={700} fz="lg" m={0}>
            {fellow.displayName}
            {fellow.credentials ? `, ${fellow.credentials}` : ''}
          </Text>
          {fellow.cohortYear ? (
            <Badge variant="outline" color="blue.9" tt="none">
              Fellow {fellow.cohortYear}
            </Badge>
          ) : null}
        </Group>
        {role ? <Text c="dimmed">{role}</Text> : null}
        {fellow.credentialsVerified ? (
          <Text size="sm" c="teal.8">
            Credentials verified by staff
          </Text>
        ) : null}
        {fellow.summary ? <Text style={{ overflowWrap: 'anywhere' }}>{fellow.summary}</Text> : null}
      </Stack>
    </Card>
  );
}
