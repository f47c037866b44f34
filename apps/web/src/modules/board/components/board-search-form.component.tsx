import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';

const MIN_LENGTH = 2;

/** Search box for the board: goes to `/board/search?q=…` (2 to 200 characters, like the API). */
export function BoardSearchForm({ initialQuery = '' }: { initialQuery?: string }) {
  const navigate = useNavigate();
  const [query, setQuery] = useState(initialQuery);
  const [error, setError] = useState<string | null>(null);
  // Another search (back and forward through the history) fills the box with its words.
  const [shown, setShown] = useState(initialQuery);
  if (shown !== initialQuery) {
    setShown(initialQuery);
    setQuery(initialQuery);
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (q.length < MIN_LENGTH) {
      setError('Type at least 2 characters.');
      return;
    }
    setError(null);
    navigate(`/board/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <form role="search" aria-label="Board search" onSubmit={onSubmit} noValidate>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          aria-label="Search the board"
          placeholder="Search threads and replies"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          error={error}
          maxLength={200}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Button type="submit" variant="default">
          Search
        </Button>
      </Group>
    </form>
  );
}
