import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small dimmed caption over a value, for summary grids. */
export function LabeledValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </div>
  );
}
