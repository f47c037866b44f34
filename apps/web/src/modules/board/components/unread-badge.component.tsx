import { Badge, VisuallyHidden } from '@mantine/core';

interface UnreadBadgeProps {
  count: number;
  /** What is new, for screen readers, e.g. "threads with posts you have not read". */
  what: string;
}

/** "3 new": unread threads in a category or unread posts in a thread; nothing when there are none. */
export function UnreadBadge({ count, what }: UnreadBadgeProps) {
  if (count <= 0) return null;
  return (
    <Badge color="blue" variant="filled" tt="none" style={{ flexShrink: 0 }}>
      {count} new<VisuallyHidden>: {what}</VisuallyHidden>
    </Badge>
  );
}
