import { Badge, Group, Stack, Text } from '@mantine/core';
import type { FellowshipPlanFieldsFragment } from '../../../gql/graphql';
import { platformLabel } from '../fellows-labels.util';

const SECTIONS: readonly { key: 'goals' | 'audience' | 'metrics' | 'governance'; label: string }[] = [
  { key: 'goals', label: 'Goals' },
  { key: 'audience', label: 'Audience' },
  { key: 'metrics', label: 'Metrics' },
  { key: 'governance', label: 'Governance and privacy plan' },
];

/** A plan's content, read-only (text as written: no markdown, no HTML). */
export function PlanView({ plan }: { plan: FellowshipPlanFieldsFragment }) {
  return (
    <Stack gap="md">
      <div>
        <Text component="h3" fw={700} mb={4}>
          Platforms
        </Text>
        <Group gap="xs">
          {plan.platforms.map((p) => (
            <Badge key={p} variant="outline" tt="none">
              {platformLabel(p)}
            </Badge>
          ))}
        </Group>
      </div>
      {SECTIONS.map((section) => (
        <div key={section.key}>
          <Text component="h3" fw={700} mb={4}>
            {section.label}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{plan[section.key]}</Text>
        </div>
      ))}
    </Stack>
  );
}
