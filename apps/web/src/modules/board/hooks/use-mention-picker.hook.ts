import { useQuery } from '@apollo/client/react';
import { useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { forumMentionCandidatesQuery } from '../../notifications/graphql/notifications.graphql';

/** The text a mention will replace: `@query` as typed, or the caret/selection when opened with the button. */
interface MentionTarget {
  start: number;
  end: number;
  query: string;
  fromButton: boolean;
}

export interface MentionCandidateLike {
  userId: string;
  displayName: string;
  markdown: string;
}

// `@` at the start or after a space/parenthesis, then letters (a name may hold one space: "@Ada Le").
const TYPED_MENTION = /(?:^|[\s(])@(\p{L}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]*)?)$/u;

/** The `@query` just before the caret, if the member is typing a mention. */
export function findTypedMention(text: string, caret: number): { start: number; end: number; query: string } | null {
  const match = TYPED_MENTION.exec(text.slice(0, caret));
  if (!match || match[1].length > 60) return null;
  return { start: caret - match[1].length - 1, end: caret, query: match[1] };
}

interface Options {
  /** The thread whose participants can be mentioned; null turns the picker off (e.g. a new thread). */
  threadId: string | null;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  body: string;
  onBodyChange: (body: string) => void;
}

/** State of the composer's mention picker: the `@query` at the caret, the matching participants, keyboard handling. */
export function useMentionPicker({ threadId, textareaRef, body, onBodyChange }: Options) {
  const listId = useId();
  const [target, setTarget] = useState<MentionTarget | null>(null);
  // A typed `@query` closed with Escape stays closed until the member leaves it.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);

  const query = target?.query.trim() ?? '';
  const [search] = useDebouncedValue(query, 150);
  const { data, previousData, loading, error } = useQuery(forumMentionCandidatesQuery, {
    variables: { threadId: threadId ?? '', search },
    skip: !threadId || !target,
    fetchPolicy: 'cache-and-network',
  });
  const needle = query.toLowerCase();
  const candidates: MentionCandidateLike[] = ((data ?? previousData)?.forumMentionCandidates ?? []).filter((c) =>
    c.displayName.toLowerCase().includes(needle),
  );
  const opened = !!threadId && !!target && (target.fromButton || candidates.length > 0);
  const activeIndex = Math.min(active, Math.max(candidates.length - 1, 0));
  const optionId = (index: number) => `${listId}-option-${index}`;

  const close = () => setTarget(null);
  const combobox = useCombobox({ opened, onDropdownClose: close });

  /** Follows the caret in the textarea: opens on `@` + letters, closes when the caret leaves it. */
  const syncWithCaret = () => {
    const el = textareaRef.current;
    if (!threadId || !el) return;
    const found = el.selectionStart === el.selectionEnd ? findTypedMention(el.value, el.selectionStart) : null;
    if (!found || found.start !== dismissedAt) setDismissedAt(null);
    if (!found || found.start === dismissedAt) {
      if (target) setTarget(null);
      return;
    }
    if (target && !target.fromButton && target.start === found.start && target.query === found.query) return;
    setTarget({ ...found, fromButton: false });
    setActive(0);
  };

  const openFromButton = () => {
    const el = textareaRef.current;
    const start = el ? el.selectionStart : body.length;
    const end = el ? el.selectionEnd : body.length;
    setDismissedAt(null);
    setTarget({ start, end, query: '', fromButton: true });
    setActive(0);
  };

  const pick = (candidate: MentionCandidateLike) => {
    if (!target) return;
    const start = Math.min(target.start, body.length);
    const end = Math.min(Math.max(target.end, start), body.length);
    const pad = target.fromButton && start > 0 && !/\s/.test(body[start - 1]) ? ' ' : '';
    const insert = `${pad}${candidate.markdown} `;
    onBodyChange(`${body.slice(0, start)}${insert}${body.slice(end)}`);
    setTarget(null);
    const caret = start + insert.length;
    requestAnimationFrame(() => {
      const el = textareaRef.current;
      el?.focus({ preventScroll: true });
      el?.setSelectionRange(caret, caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!opened || event.nativeEvent.isComposing) return;
    const count = candidates.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((activeIndex + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((activeIndex - 1 + count) % count);
    } else if (event.key === 'Enter' && count > 0) {
      event.preventDefault();
      pick(candidates[activeIndex]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (target && !target.fromButton) setDismissedAt(target.start);
      close();
    }
  };

  const typing = opened && !target?.fromButton;
  const textareaProps = threadId
    ? {
        onSelect: syncWithCaret,
        onKeyDown,
        onBlur: () => {
          if (target && !target.fromButton) close();
        },
        'aria-autocomplete': 'list' as const,
        'aria-controls': typing ? listId : undefined,
        'aria-activedescendant': typing && candidates.length > 0 ? optionId(activeIndex) : undefined,
      }
    : {};

  return {
    enabled: !!threadId,
    combobox,
    opened,
    fromButton: !!target?.fromButton,
    listId,
    optionId,
    candidates,
    activeIndex,
    setActive,
    loading: loading && candidates.length === 0,
    failed: !!error && candidates.length === 0,
    onKeyDown,
    openFromButton,
    pick,
    textareaProps,
  };
}

export type MentionPickerState = ReturnType<typeof useMentionPicker>;
