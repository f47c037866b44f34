import { useEffect, useRef, useState } from 'react';

/**
 * A list worked through from the keyboard (the moderation queues): one selected item, moved with
 * `move(±1)`; after a move or a decision focus follows the selection (not after a poll), skipping the
 * item just decided, which leaves the list.
 */
export function useKeyboardList<T extends { id: string }>(items: readonly T[]) {
  const [index, setIndex] = useState(0);
  const [moves, setMoves] = useState(0);
  const elements = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<{ skip: string | null } | null>(null);
  const selected = items[Math.min(index, items.length - 1)] ?? null;

  useEffect(() => {
    const want = pendingFocus.current;
    if (!want || !selected || selected.id === want.skip) return;
    pendingFocus.current = null;
    elements.current.get(selected.id)?.focus();
  }, [selected, moves]);

  const move = (delta: number) => {
    if (items.length === 0) return;
    pendingFocus.current = { skip: null };
    setIndex(Math.max(0, Math.min(items.length - 1, Math.min(index, items.length - 1) + delta)));
    setMoves((n) => n + 1);
  };

  return {
    selected,
    move,
    select: (i: number) => setIndex(i),
    /** Call when `id` was decided: focus moves to whatever takes its place. */
    decided: (id: string) => {
      pendingFocus.current = { skip: id };
    },
    register: (id: string) => (el: HTMLElement | null) => (el ? elements.current.set(id, el) : elements.current.delete(id)),
  };
}
