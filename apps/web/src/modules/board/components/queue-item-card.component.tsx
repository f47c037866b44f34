import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './board.module.css';

export interface QueueItemCardProps {
  label: string;
  selected: boolean;
  /** The id of the text that lists the keyboard shortcuts. */
  shortcutsId: string;
  register: (el: HTMLElement | null) => void;
  onSelect: () => void;
  children: ReactNode;
}

/** One item of a moderation queue worked from the keyboard: outlined when selected, focusable, selected on click or focus. */
export function QueueItemCard({ label, selected, shortcutsId, register, onSelect, children }: QueueItemCardProps) {
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={label}
      aria-current={selected ? 'true' : undefined}
      aria-describedby={shortcutsId}
      tabIndex={-1}
      ref={register}
      className={selected ? classes.selected : undefined}
      onFocus={onSelect}
      onClick={onSelect}
    >
      {children}
    </Paper>
  );
}
