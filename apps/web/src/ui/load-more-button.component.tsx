import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../apollo/api-error.util';

interface LoadMoreButtonProps {
  /** What is loaded, e.g. "Load more posts". */
  label: string;
  /** Fetches the next page (usually `fetchMore({ variables: { after: nextCursor } })`). */
  onLoad: () => Promise<unknown>;
}

/** The next page of a cursor-paged list, with its own busy state; a failure is shown as a notification. */
export function LoadMoreButton({ label, onLoad }: LoadMoreButtonProps) {
  const [loading, setLoading] = useState(false);
  const load = async () => {
    setLoading(true);
    try {
      await onLoad();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not load more', message: toApiError(error).message });
    } finally {
      setLoading(false);
    }
  };
  return (
    <Group>
      <Button variant="default" onClick={load} loading={loading}>
        {label}
      </Button>
    </Group>
  );
}
