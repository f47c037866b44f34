import { Menu, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { dateInputToIso, todayInputValue } from '../../../ui/dates.util';
import { FormShell } from '../../../ui/form-shell.component';
import type { MemberModeration, ModeratedMember } from '../hooks/use-member-moderation.hook';
import { ReasonField } from './reason-field.component';
import { ReasonModal } from './reason-modal.component';

const DAY_MS = 86_400_000;
const DURATIONS = [
  { value: '1', label: '1 day' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: 'date', label: 'Until a date' },
] as const;
type Duration = (typeof DURATIONS)[number]['value'];

const FIELDS = ['until', 'reason'] as const;

/** The author items of a moderator's menu: warn, pause posting, lift a pause. */
export function MemberMenuItems({ member, moderation }: { member: ModeratedMember; moderation: MemberModeration }) {
  return (
    <>
      <Menu.Label>The author</Menu.Label>
      <Menu.Item onClick={() => moderation.askWarn(member)}>Warn the author…</Menu.Item>
      <Menu.Item onClick={() => moderation.askSuspend(member)}>Pause their posting…</Menu.Item>
      <Menu.Item onClick={() => moderation.askLift(member)}>Lift a posting pause…</Menu.Item>
    </>
  );
}

/** The dialogs behind MemberMenuItems: a reason for warnings and lifting, a period for pausing. */
export function MemberModerationDialogs({ moderation }: { moderation: MemberModeration }) {
  const member = moderation.suspending;
  return (
    <>
      <ReasonModal request={moderation.reasonRequest} onClose={moderation.closeReason} />
      <Modal opened={member !== null} onClose={moderation.closeSuspend} title={member ? `Pause ${member.displayName}’s posting` : ''} centered>
        {member ? <SuspendForm onSuspend={(until, reason) => moderation.suspend(member, until, reason)} onDone={moderation.closeSuspend} /> : null}
      </Modal>
    </>
  );
}

function SuspendForm({ onSuspend, onDone }: { onSuspend: (until: string, reason: string) => Promise<void>; onDone: () => void }) {
  const [duration, setDuration] = useState<Duration>('7');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useApiError(FIELDS);

  const until = (): string | null => {
    if (duration !== 'date') return new Date(Date.now() + Number(duration) * DAY_MS).toISOString();
    const iso = dateInputToIso(date);
    return iso && new Date(iso).getTime() > Date.now() ? iso : null;
  };

  const onSubmit = errors.handleSubmit(
    () => ({
      until: duration === 'date' && !until() && 'Choose a day after today (within a year).',
      reason: !reason.trim() && 'Give a reason: the member and the action log see it.',
    }),
    async () => {
      setBusy(true);
      try {
        await onSuspend(until()!, reason.trim());
        onDone();
      } finally {
        setBusy(false);
      }
    },
  );

  return (
    <FormShell label="Pause posting" onSubmit={onSubmit} submitLabel="Pause posting" loading={busy} alertMessage={errors.alertMessage} gap="sm">
      <Radio.Group
        label="For how long"
        description="They can still read the board. They are told by email."
        value={duration}
        onChange={(value) => setDuration(value as Duration)}
      >
        <Stack gap="xs" mt="xs">
          {DURATIONS.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </Stack>
      </Radio.Group>
      {duration === 'date' ? (
        <TextInput
          type="date"
          label="Paused until"
          description="Posting opens again at the start of this day."
          value={date}
          min={todayInputValue()}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={errors.fieldError('until')}
          required
        />
      ) : null}
      <ReasonField
        description="Sent to the member and recorded in the moderation log."
        value={reason}
        onChange={setReason}
        error={errors.fieldError('reason')}
        maxLength={1000}
      />
    </FormShell>
  );
}
