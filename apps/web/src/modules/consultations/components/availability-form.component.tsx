import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { AvailabilityOverrideKind, ExpertAvailabilityFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { useTimeZoneOptions } from '../../accounts/hooks/use-time-zones.hook';
import { updateAvailabilityMutation } from '../graphql/consultations.graphql';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((label, i) => ({ value: String(i + 1), label }));

interface Rule {
  weekday: string;
  start: string;
  end: string;
}
interface Override {
  date: string;
  kind: AvailabilityOverrideKind;
  start: string;
  end: string;
}
interface Block {
  start: string;
  end: string;
  room: string;
  eventSessionId: string | null;
}

/** `yyyy-MM-ddTHH:mm` in the expert's zone, for a datetime-local input. */
const toLocal = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
const fromLocal = (value: string, zone: string) => DateTime.fromISO(value, { zone }).toUTC().toISO() ?? value;

/** Weekly hours, date overrides, on-site blocks and booking limits, saved as one plan. */
export function AvailabilityForm({ availability: a }: { availability: ExpertAvailabilityFieldsFragment }) {
  const zones = useTimeZoneOptions(a.timeZone);
  const [timeZone, setTimeZone] = useState(a.timeZone);
  const [rules, setRules] = useState<Rule[]>(a.weeklyRules.map((r) => ({ weekday: String(r.weekday), start: r.start, end: r.end })));
  const [overrides, setOverrides] = useState<Override[]>(a.dateOverrides.map((o) => ({ date: o.date, kind: o.kind, start: o.start ?? '', end: o.end ?? '' })));
  const [blocks, setBlocks] = useState<Block[]>(a.onSiteBlocks.map((b) => ({ start: toLocal(b.start, a.timeZone), end: toLocal(b.end, a.timeZone), room: b.room, eventSessionId: b.eventSessionId })));
  const [limits, setLimits] = useState({
    bufferBeforeMinutes: a.bufferBeforeMinutes,
    bufferAfterMinutes: a.bufferAfterMinutes,
    minimumNoticeMinutes: a.minimumNoticeMinutes,
    horizonDays: a.horizonDays,
    maxPerDay: a.maxPerDay,
  });
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(updateAvailabilityMutation);

  const patch = <T,>(list: T[], set: (l: T[]) => void, index: number, change: Partial<T>) => set(list.map((item, i) => (i === index ? { ...item, ...change } : item)));

  const submit = async () => {
    setSaved(false);
    try {
      await save({
        variables: {
          input: {
            timeZone,
            weeklyRules: rules.map((r) => ({ weekday: Number(r.weekday), start: r.start, end: r.end })),
            dateOverrides: overrides.map((o) => ({ date: o.date, kind: o.kind, start: o.start || null, end: o.end || null })),
            onSiteBlocks: blocks.map((b) => ({ start: fromLocal(b.start, timeZone), end: fromLocal(b.end, timeZone), room: b.room, eventSessionId: b.eventSessionId })),
            ...limits,
            maxPerDay: limits.maxPerDay || null,
          },
        },
      });
      setSaved(true);
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <Stack gap="md">
      <Select label="Your time zone (hours are in it)" data={zones} value={timeZone} onChange={(v) => v && setTimeZone(v)} searchable />

      <Paper withBorder p="sm" component="section" aria-labelledby="weekly-hours">
        <Title order={2} size="h4" id="weekly-hours" mb="xs">
          Weekly hours
        </Title>
        <Stack gap="xs">
          {rules.map((r, i) => (
            <Group key={i} gap="xs" align="end" wrap="wrap">
              <Select label="Day" data={WEEKDAYS} value={r.weekday} onChange={(v) => v && patch(rules, setRules, i, { weekday: v })} w={140} />
              <TextInput label="From" type="time" value={r.start} onChange={(e) => patch(rules, setRules, i, { start: e.currentTarget.value })} w={110} />
              <TextInput label="To" type="time" value={r.end} onChange={(e) => patch(rules, setRules, i, { end: e.currentTarget.value })} w={110} />
              <ActionIcon variant="subtle" color="red" aria-label={`Remove ${WEEKDAYS[Number(r.weekday) - 1]?.label} ${r.start}–${r.end}`} onClick={() => setRules(rules.filter((_, j) => j !== i))} mb={4}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => setRules([...rules, { weekday: '1', start: '09:00', end: '12:00' }])}>
              Add hours
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder p="sm" component="section" aria-labelledby="overrides">
        <Title order={2} size="h4" id="overrides" mb="xs">
          Days off and extra hours
        </Title>
        <Stack gap="xs">
          {overrides.map((o, i) => (
            <Group key={i} gap="xs" align="end" wrap="wrap">
              <TextInput label="Date" type="date" value={o.date} onChange={(e) => patch(overrides, setOverrides, i, { date: e.currentTarget.value })} w={160} />
              <Select label="Kind" data={[{ value: 'OFF', label: 'Off' }, { value: 'EXTRA', label: 'Extra hours' }]} value={o.kind} onChange={(v) => v && patch(overrides, setOverrides, i, { kind: v as AvailabilityOverrideKind })} w={130} />
              <TextInput label="From (blank: all day)" type="time" value={o.start} onChange={(e) => patch(overrides, setOverrides, i, { start: e.currentTarget.value })} w={150} />
              <TextInput label="To" type="time" value={o.end} onChange={(e) => patch(overrides, setOverrides, i, { end: e.currentTarget.value })} w={110} />
              <ActionIcon variant="subtle" color="red" aria-label={`Remove change on ${o.date}`} onClick={() => setOverrides(overrides.filter((_, j) => j !== i))} mb={4}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => setOverrides([...overrides, { date: DateTime.now().plus({ days: 7 }).toISODate()!, kind: 'OFF', start: '', end: '' }])}>
              Add a date
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder p="sm" component="section" aria-labelledby="onsite">
        <Title order={2} size="h4" id="onsite" mb="xs">
          On site at the Annual Conference
        </Title>
        <Stack gap="xs">
          {blocks.map((b, i) => (
            <Group key={i} gap="xs" align="end" wrap="wrap">
              <TextInput label="Starts" type="datetime-local" value={b.start} onChange={(e) => patch(blocks, setBlocks, i, { start: e.currentTarget.value })} w={210} />
              <TextInput label="Ends" type="datetime-local" value={b.end} onChange={(e) => patch(blocks, setBlocks, i, { end: e.currentTarget.value })} w={210} />
              <TextInput label="Room" value={b.room} onChange={(e) => patch(blocks, setBlocks, i, { room: e.currentTarget.value })} w={200} />
              <ActionIcon variant="subtle" color="red" aria-label={`Remove on-site time ${b.start}`} onClick={() => setBlocks(blocks.filter((_, j) => j !== i))} mb={4}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => setBlocks([...blocks, { start: '', end: '', room: 'Expert Lounge', eventSessionId: null }])}>
              Add on-site time
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Group gap="sm" wrap="wrap">
        <NumberInput label="Buffer before (min)" min={0} max={1440} value={limits.bufferBeforeMinutes} onChange={(v) => setLimits({ ...limits, bufferBeforeMinutes: Number(v) || 0 })} w={150} />
        <NumberInput label="Buffer after (min)" min={0} max={1440} value={limits.bufferAfterMinutes} onChange={(v) => setLimits({ ...limits, bufferAfterMinutes: Number(v) || 0 })} w={150} />
        <NumberInput label="Minimum notice (min)" min={0} value={limits.minimumNoticeMinutes} onChange={(v) => setLimits({ ...limits, minimumNoticeMinutes: Number(v) || 0 })} w={170} />
        <NumberInput label="Book up to (days ahead)" min={1} max={365} value={limits.horizonDays} onChange={(v) => setLimits({ ...limits, horizonDays: Number(v) || 1 })} w={170} />
        <NumberInput label="Most per day (blank: no limit)" min={1} max={100} value={limits.maxPerDay ?? ''} onChange={(v) => setLimits({ ...limits, maxPerDay: v === '' ? null : Number(v) })} w={200} />
      </Group>

      {error ? (
        <ErrorAlert title="Not saved">{toApiError(error).message}</ErrorAlert>
      ) : null}
      {saved ? <Text c="green" role="status">Saved. Members now see the new free times.</Text> : null}
      <Group>
        <Button onClick={submit} loading={loading}>
          Save availability
        </Button>
      </Group>
    </Stack>
  );
}
