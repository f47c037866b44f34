import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router-dom';

/** An item's tags, each a link to the library filtered by it. */
export function ResourceTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <Group gap={6}>
      {tags.map((tag) => (
        <Anchor key={tag} component={Link} to={`/resources?tag=${encodeURIComponent(tag)}`} size="sm">
          #{tag}
        </Anchor>
      ))}
    </Group>
  );
}
