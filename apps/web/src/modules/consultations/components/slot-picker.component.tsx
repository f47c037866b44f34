import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { Loading } from '../../../ui/loading.component';
import { slotsQuery } from '../graphql/consultations.graphql';
import { overlapsTaken, useExpertLive } from '../hooks/use-expert-live.hook';

export interface PickedSlot {
  start: string;
  end: string;
  label: string;
  date: string;
  onSite: string | null;
}

interface SlotPickerProps {
  expertId: string;
  typeId: string;
  /** The viewer's zone: slots are grouped and labelled in it. */
  timeZone: string;
  selected: string | null;
  onSelect: (slot: PickedSlot) => void;
}

const WEEK_DAYS = 7;

function dayHeading(date: string): string {
  // Noon UTC keeps the calendar date whatever the browser's zone.
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** A week of free slots in the viewer's zone, live: a slot someone else takes disappears at once. */
export function SlotPicker({ expertId, typeId, timeZone, selected, onSelect }: SlotPickerProps) {
  const [week, setWeek] = useState(0);
  const from = useMemo(() => new Date(Date.now() + week * WEEK_DAYS * 86_400_000).toISOString(), [week]);
  const { data, previousData, loading, error, refetch } = useQuery(slotsQuery, {
    variables: { typeId, timeZone, from, days: WEEK_DAYS },
    fetchPolicy: 'cache-and-network',
  });
  const taken = useExpertLive(expertId, () => refetch());
  const days = (data ?? previousData)?.consultationSlots ?? [];

  if (error) return <ErrorAlert title="Could not load free times">{toApiError(error).message}</ErrorAlert>;
  if (loading && !data && !previousData) return <Loading label="Loading free times…" />;

  const visible = days
    .map((day) => ({ ...day, slots: day.slots.filter((slot) => !overlapsTaken(slot, taken)) }))
    .filter((day) => day.slots.length > 0);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Button variant="default" size="xs" disabled={week === 0} onClick={() => setWeek((w) => w - 1)}>
          Earlier
        </Button>
        <Text size="sm" c="dimmed" ta="center">
          Times in {timeZone.replace(/_/g, ' ')}
        </Text>
        <Button variant="default" size="xs" onClick={() => setWeek((w) => w + 1)}>
          Later
        </Button>
      </Group>
      {visible.length === 0 ? (
        <Text c="dimmed">No free times this week. Try later weeks.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          {visible.map((day) => (
            <Paper key={day.date} withBorder p="sm" component="section" aria-label={dayHeading(day.date)}>
              <Title order={3} size="h5" mb="xs">
                {dayHeading(day.date)}
              </Title>
              <Group gap={6}>
                {day.slots.map((slot) => (
                  <Button
                    key={slot.start}
                    size="xs"
                    variant={selected === slot.start ? 'filled' : 'light'}
                    aria-pressed={selected === slot.start}
                    aria-label={`${dayHeading(day.date)} ${slot.label}${slot.onSite ? `, on site: ${slot.onSite}` : ''}`}
                    data-slot-start={slot.start}
                    onClick={() => onSelect({ ...slot, date: day.date })}
                  >
                    {slot.label}
                    {slot.onSite ? (
                      <Badge ml={6} size="xs" variant="outline">
                        on site
                      </Badge>
                    ) : null}
                  </Button>
                ))}
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

