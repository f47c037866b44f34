import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { EventKind, EventStatus } from '../../../gql/graphql';
import { fromLocalInput, toLocalInput } from './zoned-time.util';

export interface EventFieldValues {
  title: string;
  slug: string;
  kind: EventKind;
  status: EventStatus;
  summary: string;
  description: string;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  cancellationDeadline: string;
  joinUrl: string;
  recordingUrl: string;
  includesCourse: boolean;
}

export interface EventFieldsSource {
  title: string;
  slug: string;
  kind: EventKind;
  status: EventStatus;
  summary?: string | null;
  description?: string | null;
  venueName?: string | null;
  venueAddress?: string | null;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  cancellationDeadline?: string | null;
  joinUrl?: string | null;
  recordingUrl?: string | null;
  includesCourse?: boolean;
}

const initial = (e: EventFieldsSource | null): EventFieldValues => {
  const zone = e?.timeZone ?? 'America/New_York';
  return {
    title: e?.title ?? '',
    slug: e?.slug ?? '',
    kind: e?.kind ?? 'WEBINAR',
    status: e?.status ?? 'DRAFT',
    summary: e?.summary ?? '',
    description: e?.description ?? '',
    venueName: e?.venueName ?? '',
    venueAddress: e?.venueAddress ?? '',
    timeZone: zone,
    startsAt: toLocalInput(e?.startsAt, zone),
    endsAt: toLocalInput(e?.endsAt, zone),
    cancellationDeadline: toLocalInput(e?.cancellationDeadline, zone),
    joinUrl: e?.joinUrl ?? '',
    recordingUrl: e?.recordingUrl ?? '',
    includesCourse: e?.includesCourse ?? false,
  };
};

/** An address for a new event from its title ("Spring webinar: privacy" → spring-webinar-privacy). */
function slugFrom(title: string): string | null {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return slug.length >= 2 ? slug : null;
}

/** The API's input: times read at the venue's zone, empty texts as null. */
export function toEventInput(v: EventFieldValues) {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  // Fields an event cannot be without are left out when empty (the server keeps or derives them).
  const orUnset = <T,>(x: T | null) => x ?? undefined;
  return {
    title: v.title.trim(),
    slug: orNull(v.slug) ?? orUnset(slugFrom(v.title)),
    kind: v.kind,
    status: v.status === 'CANCELLED' ? undefined : v.status,
    summary: orNull(v.summary),
    description: orNull(v.description),
    venueName: orNull(v.venueName),
    venueAddress: orNull(v.venueAddress),
    timeZone: orUnset(orNull(v.timeZone)),
    startsAt: orUnset(fromLocalInput(v.startsAt, v.timeZone)),
    endsAt: orUnset(fromLocalInput(v.endsAt, v.timeZone)),
    cancellationDeadline: fromLocalInput(v.cancellationDeadline, v.timeZone),
    joinUrl: orNull(v.joinUrl),
    recordingUrl: orNull(v.recordingUrl),
    includesCourse: v.includesCourse,
  };
}

/** Staff: an event's fields (times are wall-clock at the venue). */
export function EventFieldsForm({
  event,
  submitLabel,
  onSubmit,
  busy,
  fieldErrors = {},
}: {
  event: EventFieldsSource | null;
  submitLabel: string;
  onSubmit: (values: EventFieldValues) => void;
  busy?: boolean;
  fieldErrors?: Readonly<Record<string, string>>;
}) {
  const [v, setV] = useState(() => initial(event));
  const set = <K extends keyof EventFieldValues>(k: K, value: EventFieldValues[K]) => setV((old) => ({ ...old, [k]: value }));
  const text = (k: keyof EventFieldValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} value={v[k] as string} onChange={(e) => set(k, e.currentTarget.value as never)} error={fieldErrors[k]} {...extra} />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('title', 'Title', { required: true })}
          {text('slug', 'Address (slug)', { description: 'Letters, digits and dashes; made from the title when empty' })}
          <Select
            label="Kind"
            data={[
              { value: 'CONFERENCE', label: 'Conference' },
              { value: 'RESIDENCY', label: 'Residency' },
              { value: 'WEBINAR', label: 'Webinar' },
              { value: 'OTHER', label: 'Other' },
            ]}
            value={v.kind}
            onChange={(x) => x && set('kind', x as EventKind)}
            allowDeselect={false}
          />
          <Select
            label="Status"
            data={[
              { value: 'DRAFT', label: 'Draft (staff only)' },
              { value: 'PUBLISHED', label: 'Published' },
            ]}
            value={v.status === 'CANCELLED' ? null : v.status}
            onChange={(x) => x && set('status', x as EventStatus)}
            disabled={v.status === 'CANCELLED'}
            allowDeselect={false}
          />
          {text('timeZone', 'Time zone of the venue', { description: 'IANA name, e.g. America/New_York', required: true })}
          {text('venueName', 'Venue')}
          {text('startsAt', 'Starts (venue time)', { type: 'datetime-local', required: true })}
          {text('endsAt', 'Ends (venue time)', { type: 'datetime-local', required: true })}
          {text('cancellationDeadline', 'Self-service cancellation until (venue time)', { type: 'datetime-local' })}
          {text('venueAddress', 'Address')}
          {text('joinUrl', 'Webinar join link', { type: 'url' })}
          {text('recordingUrl', 'Recording link', { type: 'url' })}
        </SimpleGrid>
        {text('summary', 'Summary (one line)')}
        <Textarea label="Description" autosize minRows={3} value={v.description} onChange={(e) => set('description', e.currentTarget.value)} error={fieldErrors.description} />
        <Checkbox label="Includes the certificate course (Residency)" checked={v.includesCourse} onChange={(e) => set('includesCourse', e.currentTarget.checked)} />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
