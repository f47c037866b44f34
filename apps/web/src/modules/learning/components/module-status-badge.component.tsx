import { Badge } from '@mantine/core';
import type { ModuleStatus } from '../../../gql/graphql';
import { MODULE_STATUS_COLORS, MODULE_STATUS_LABELS } from '../learning-labels.util';

export function ModuleStatusBadge({ status }: { status: ModuleStatus }) {
  return (
    <Badge color={MODULE_STATUS_COLORS[status]} variant="filled" style={{ flexShrink: 0 }}>
      {MODULE_STATUS_LABELS[status]}
    </Badge>
  );
}
