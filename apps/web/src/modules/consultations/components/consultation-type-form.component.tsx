import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, SegmentedControl, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { ConsultationMode, ConsultationTypeFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { availabilityQuery, saveTypeMutation } from '../graphql/consultations.graphql';

/** Create or edit one consultation type (online with a meeting link, or on site with a room). */
export function ConsultationTypeForm({ type }: { type: ConsultationTypeFieldsFragment | null }) {
  const [title, setTitle] = useState(type?.title ?? '');
  const [description, setDescription] = useState(type?.description ?? '');
  const [duration, setDuration] = useState<number>(type?.durationMinutes ?? 30);
  const [mode, setMode] = useState<ConsultationMode>(type?.mode ?? 'ONLINE');
  const [meetingUrl, setMeetingUrl] = useState(type?.meetingUrl ?? '');
  const [room, setRoom] = useState(type?.room ?? '');
  const [intake, setIntake] = useState(type?.intakeQuestion ?? 'What would you like feedback on?');
  const [active, setActive] = useState(type?.active ?? true);
  const [save, { loading, error }] = useMutation(saveTypeMutation, { refetchQueries: [availabilityQuery] });
  const submit = () =>
    save({
      variables: {
        input: {
          id: type?.id ?? null,
          title: title.trim(),
          description: description.trim() || null,
          durationMinutes: duration,
          mode,
          meetingUrl: mode === 'ONLINE' ? meetingUrl.trim() || null : null,
          room: mode === 'ON_SITE' ? room.trim() || null : null,
          intakeQuestion: intake.trim() || null,
          active,
        },
      },
    }).catch(() => undefined);

  return (
    <Paper withBorder p="sm" component="section" aria-label={type ? `Edit ${type.title}` : 'New consultation type'}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" align="end">
          <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={120} required w={220} />
          <NumberInput label="Minutes" min={5} max={480} step={5} value={duration} onChange={(v) => setDuration(Number(v) || 30)} w={100} />
          <SegmentedControl value={mode} onChange={(v) => setMode(v as ConsultationMode)} data={[{ value: 'ONLINE', label: 'Online' }, { value: 'ON_SITE', label: 'On site' }]} aria-label="Where" />
        </Group>
        {mode === 'ONLINE' ? (
          <TextInput label="Meeting link (https)" value={meetingUrl} onChange={(e) => setMeetingUrl(e.currentTarget.value)} />
        ) : (
          <TextInput label="Room" value={room} onChange={(e) => setRoom(e.currentTarget.value)} />
        )}
        <Textarea label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize maxLength={1000} />
        <TextInput label="Intake question" value={intake} onChange={(e) => setIntake(e.currentTarget.value)} maxLength={300} />
        <Switch label="Bookable" checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        {error ? <ErrorAlert title="Not saved">{toApiError(error).message}</ErrorAlert> : null}
        <Group>
          <Button size="xs" onClick={submit} loading={loading}>
            {type ? 'Save type' : 'Add type'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
