import { Badge, Group } from '@mantine/core';
import type { ResourceFieldsFragment } from '../../../gql/graphql';
import { audienceLabel, kindLabel } from '../resources-labels.util';

/** Kind, audience, and whether this viewer sees only a preview or a draft. */
export function ResourceBadges({ resource }: { resource: Pick<ResourceFieldsFragment, 'kind' | 'audience' | 'access' | 'published'> }) {
  const audience = audienceLabel(resource.audience);
  return (
    <Group gap={6} wrap="wrap">
      <Badge variant="outline" tt="none">
        {kindLabel(resource.kind)}
      </Badge>
      <Badge variant="outline" color={audience.color} tt="none">
        {audience.label}
      </Badge>
      {resource.access === 'PREVIEW' ? (
        <Badge variant="outline" color="violet.9" tt="none">
          Preview
        </Badge>
      ) : null}
      {!resource.published ? (
        <Badge variant="filled" color="gray.8" tt="none">
          Unpublished
        </Badge>
      ) : null}
    </Group>
  );
}
