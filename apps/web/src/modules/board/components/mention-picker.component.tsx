import { Button, Combobox, Group } from '@mantine/core';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { MentionPickerState } from '../hooks/use-mention-picker.hook';

/**
 * Wraps the composer's textarea with the list of thread participants to mention: it opens as the
 * member types `@` and letters (arrow keys, Enter, Escape from the textarea), or with the Mention button.
 */
export function MentionPicker({ picker, children }: { picker: MentionPickerState; children: ReactNode }) {
  const { combobox, opened, fromButton, listId, optionId, candidates, activeIndex } = picker;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const onListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    picker.onKeyDown(event);
    if (event.key === 'Escape') buttonRef.current?.focus();
  };

  // Opened with the button, the list takes the focus (no on-screen keyboard); typing keeps it in the textarea.
  useEffect(() => {
    if (opened && fromButton) document.getElementById(listId)?.focus({ preventScroll: true });
  }, [opened, fromButton, listId]);

  useEffect(() => {
    if (opened) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [opened, activeIndex]);

  if (!picker.enabled) return <>{children}</>;

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(userId) => {
        const candidate = candidates.find((c) => c.userId === userId);
        if (candidate) picker.pick(candidate);
      }}
      position="bottom-start"
      withinPortal
    >
      <Combobox.DropdownTarget>
        <div>{children}</div>
      </Combobox.DropdownTarget>
      <Group justify="flex-end" mt={4}>
        <Button
          ref={buttonRef}
          variant="subtle"
          size="compact-sm"
          leftSection={<span aria-hidden="true">@</span>}
          aria-haspopup="listbox"
          aria-expanded={opened && fromButton}
          aria-controls={opened && fromButton ? listId : undefined}
          onClick={picker.openFromButton}
        >
          Mention
        </Button>
      </Group>
      <Combobox.Dropdown>
        <Combobox.Options
          id={listId}
          aria-label="Participants to mention"
          tabIndex={fromButton ? -1 : undefined}
          aria-activedescendant={fromButton && candidates.length > 0 ? optionId(activeIndex) : undefined}
          onKeyDown={fromButton ? onListKeyDown : undefined}
          mah={240}
          style={{ overflowY: 'auto' }}
        >
          {candidates.map((c, index) => (
            <Combobox.Option
              key={c.userId}
              id={optionId(index)}
              value={c.userId}
              selected={index === activeIndex}
              onMouseOver={() => picker.setActive(index)}
            >
              {c.displayName}
            </Combobox.Option>
          ))}
          {candidates.length === 0 ? (
            <Combobox.Empty>
              {picker.loading
                ? 'Loading participants…'
                : picker.failed
                  ? 'Could not load the participants. Try again.'
                  : 'No one to mention yet: only members who posted here under their name.'}
            </Combobox.Empty>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
