import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { ConsultationFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { cancelMutation, notesMutation, outcomeMutation, rescheduleMutation } from '../graphql/consultations.graphql';
import { formatConsultationTime, MODE_LABEL } from './consultation-time.util';
import { SlotPicker, type PickedSlot } from './slot-picker.component';

const STATUS_LABEL = { BOOKED: 'Booked', CANCELLED: 'Cancelled', COMPLETED: 'Completed', NO_SHOW: 'No-show' } as const;
const STATUS_COLOR = { BOOKED: 'blue', CANCELLED: 'gray', COMPLETED: 'green', NO_SHOW: 'orange' } as const;

interface ConsultationCardProps {
  consultation: ConsultationFieldsFragment;
  /** The reader's zone. */
  timeZone: string;
  /** Acting through an email link instead of a session. */
  token?: string;
  onChanged?: (updated: ConsultationFieldsFragment) => void;
}

/** One booking with what the reader may do with it: reschedule, cancel, and (experts) outcome and notes. */
export function ConsultationCard({ consultation: c, timeZone, token, onChanged }: ConsultationCardProps) {
  const [mode, setMode] = useState<'none' | 'reschedule' | 'cancel'>('none');
  const [picked, setPicked] = useState<PickedSlot | null>(null);
  const [reason, setReason] = useState('');
  const [notes, setNotes] = useState(c.expertNotes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [reschedule, { loading: moving }] = useMutation(rescheduleMutation);
  const [cancel, { loading: cancelling }] = useMutation(cancelMutation);
  const [setOutcome] = useMutation(outcomeMutation);
  const [saveNotes, { loading: savingNotes }] = useMutation(notesMutation);
  const asExpert = c.viewerRole === 'EXPERT';
  const other = asExpert ? c.member : c.expert;
  const target = token ? { token } : { id: c.id };
  const started = Date.parse(c.startsAt) <= Date.now();

  const run = async (work: () => Promise<{ data?: unknown } | undefined>, pick: (data: any) => ConsultationFieldsFragment | undefined) => {
    setError(null);
    try {
      const result = await work();
      const updated = pick(result?.data);
      if (updated) onChanged?.(updated);
      setMode('none');
      setPicked(null);
    } catch (e) {
      setError(toApiError(e).message);
    }
  };

  return (
    <Paper withBorder p="md" component="article" aria-label={`${c.title} with ${other.displayName}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>
            {c.title} with {other.displayName}
            {other.credentials ? `, ${other.credentials}` : ''}
          </Text>
          <Badge color={STATUS_COLOR[c.status]}>{STATUS_LABEL[c.status]}</Badge>
        </Group>
        <Text size="sm">{formatConsultationTime(c.startsAt, timeZone)}</Text>
        <Text size="sm" c="dimmed">
          {MODE_LABEL[c.mode]}:{' '}
          {c.mode === 'ONLINE' && c.status === 'BOOKED' ? (
            <Anchor href={c.location} target="_blank" rel="noreferrer" underline="always">
              {c.location}
            </Anchor>
          ) : (
            c.location
          )}
        </Text>
        {asExpert ? (
          <Text size="sm">
            <strong>Intake:</strong> {c.intakeAnswer}
          </Text>
        ) : null}
        {c.cancelReason ? <Text size="sm">Reason given: {c.cancelReason}</Text> : null}
        {error ? <ErrorAlert title="That did not work">{error}</ErrorAlert> : null}
        <Group gap="xs" wrap="wrap">
          {c.canReschedule ? (
            <Button size="xs" variant="light" onClick={() => setMode('reschedule')}>
              Reschedule
            </Button>
          ) : null}
          {c.canCancel ? (
            <Button size="xs" variant="light" color="red" onClick={() => setMode('cancel')}>
              Cancel
            </Button>
          ) : null}
          {c.status === 'BOOKED' && !token ? (
            <Button size="xs" variant="subtle" component="a" href={c.icsUrl}>
              Download .ics
            </Button>
          ) : null}
          {asExpert && started && c.status === 'BOOKED' ? (
            <>
              <Button size="xs" variant="light" color="green" onClick={() => run(() => setOutcome({ variables: { id: c.id, outcome: 'COMPLETED' } }), (d) => d?.setConsultationOutcome)}>
                Mark completed
              </Button>
              <Button size="xs" variant="light" color="orange" onClick={() => run(() => setOutcome({ variables: { id: c.id, outcome: 'NO_SHOW' } }), (d) => d?.setConsultationOutcome)}>
                Mark no-show
              </Button>
            </>
          ) : null}
        </Group>
        {asExpert && !token ? (
          <Stack gap={4}>
            <Textarea label="Private notes (only you see them)" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} maxLength={10000} />
            <Group>
              <Button size="xs" variant="default" loading={savingNotes} onClick={() => run(() => saveNotes({ variables: { id: c.id, notes } }), (d) => d?.setConsultationNotes)}>
                Save notes
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>

      <Modal opened={mode === 'reschedule'} onClose={() => setMode('none')} title="Choose a new time" size="lg">
        <Stack>
          <SlotPicker expertId={c.expertId} typeId={c.typeId} timeZone={timeZone} selected={picked?.start ?? null} onSelect={setPicked} />
          {error ? <ErrorAlert title="Could not move it">{error}</ErrorAlert> : null}
          <Button
            disabled={!picked}
            loading={moving}
            onClick={() => run(() => reschedule({ variables: { input: { ...target, start: picked!.start } } }), (d) => d?.rescheduleConsultation)}
          >
            {picked ? `Move to ${picked.label}` : 'Pick a time'}
          </Button>
        </Stack>
      </Modal>

      <Modal opened={mode === 'cancel'} onClose={() => setMode('none')} title="Cancel this consultation">
        <Stack>
          <Textarea
            label={asExpert ? 'Reason (the member is told)' : 'Reason (optional, the expert is told)'}
            required={asExpert}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={1000}
          />
          {error ? <ErrorAlert title="Could not cancel">{error}</ErrorAlert> : null}
          <Button color="red" loading={cancelling} onClick={() => run(() => cancel({ variables: { input: { ...target, reason: reason.trim() || null } } }), (d) => d?.cancelConsultation)}>
            Cancel consultation
          </Button>
        </Stack>
      </Modal>
    </Paper>
  );
}
