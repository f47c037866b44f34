import { Mark, Text } from '@mantine/core';
import { splitSnippet } from '../search-snippet.util';

/** A search snippet as text, its matches marked (never parsed as HTML). */
export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {splitSnippet(snippet).map((part, i) =>
        part.match ? (
          <Mark key={i} color="yellow">
            {part.text}
          </Mark>
        ) : (
          part.text
        ),
      )}
    </Text>
  );
}
