import { Badge } from '@mantine/core';
import type { FellowshipPlanStatus } from '../../../gql/graphql';
import { planStatus } from '../fellows-labels.util';

export function PlanStatusBadge({ status }: { status: FellowshipPlanStatus }) {
  const { label, color } = planStatus(status);
  return (
    <Badge color={color} variant="outline" tt="none">
      {label}
    </Badge>
  );
}
