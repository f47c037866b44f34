import { Badge } from '@mantine/core';
import type { ForumAudience } from '../../../gql/graphql';
import { audienceBadge } from '../board-labels.util';

export function AudienceBadge({ audience }: { audience: ForumAudience }) {
  const { label, color } = audienceBadge(audience);
  return (
    <Badge color={color} variant="light" tt="none">
      {label}
    </Badge>
  );
}
