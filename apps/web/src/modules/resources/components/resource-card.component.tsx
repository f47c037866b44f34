import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ResourceFieldsFragment } from '../../../gql/graphql';
import { ResourceBadges } from './resource-badges.component';
import { ResourceTags } from './resource-tags.component';

/** One library item in a list: title, what it is, who may read it, the summary and tags. */
export function ResourceCard({ resource }: { resource: ResourceFieldsFragment }) {
  return (
    <Card withBorder padding="lg" component="li">
      <Stack gap="xs">
        <Anchor component={Link} to={`/resources/${resource.slug}`} fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
          {resource.title}
        </Anchor>
        <ResourceBadges resource={resource} />
        <Text>{resource.summary}</Text>
        <ResourceTags tags={resource.tags} />
      </Stack>
    </Card>
  );
}
