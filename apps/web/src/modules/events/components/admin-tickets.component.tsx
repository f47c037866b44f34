import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { TicketAudience, TicketTypeFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { useActionError } from '../hooks/use-action-error.hook';
import { createTicketTypeMutation, eventByIdQuery, updateTicketTypeMutation } from '../graphql/events-staff.graphql';
import { formatCents } from './event-format.util';

const dollarsToCents = (v: string | number) => Math.round(Number(v) * 100);

/** Staff: an event's tickets (seats taken, price, capacity — raising it offers seats to the waiting list). */
export function AdminTickets({ eventId, tickets }: { eventId: string; tickets: TicketTypeFieldsFragment[] }) {
  const [v, setV] = useState({ name: '', price: '' as string | number, capacity: '' as string | number, audience: 'ANYONE' as TicketAudience, inPerson: true, includedInPremium: false, maxPerOrder: 4 as string | number });
  const { error, run } = useActionError();
  const after = { refetchQueries: [eventByIdQuery] };
  const [create, { loading }] = useMutation(createTicketTypeMutation, after);
  const [update] = useMutation(updateTicketTypeMutation, after);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      eventId,
      name: v.name.trim(),
      listPriceCents: dollarsToCents(v.price),
      capacity: v.capacity === '' ? null : Number(v.capacity),
      audience: v.audience,
      inPerson: v.inPerson,
      includedInPremium: v.includedInPremium,
      maxPerOrder: Number(v.maxPerOrder) || 1,
    };
    if (await run(() => create({ variables: { input } }))) setV({ ...v, name: '', price: '', capacity: '' });
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="tickets-admin-heading">
      <Title order={2} size="h3" id="tickets-admin-heading">
        Tickets
      </Title>
      {tickets.map((t) => (
        <TicketRow key={t.id} ticket={t} onSave={(input) => run(() => update({ variables: { input: { id: t.id, ...input } } }))} />
      ))}
      <form onSubmit={submit} aria-label="New ticket">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput label="Ticket name" required value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} />
          <NumberInput label="List price (USD)" required min={0} decimalScale={2} value={v.price} onChange={(x) => setV({ ...v, price: x })} />
          <NumberInput label="Capacity" description="Empty: unlimited" min={0} allowDecimal={false} value={v.capacity} onChange={(x) => setV({ ...v, capacity: x })} />
          <Select label="Who may buy" data={[{ value: 'ANYONE', label: 'Anyone' }, { value: 'PREMIUM', label: 'Premium members only' }]} value={v.audience} onChange={(x) => x && setV({ ...v, audience: x as TicketAudience })} allowDeselect={false} />
          <NumberInput label="Most per order" min={1} max={50} allowDecimal={false} value={v.maxPerOrder} onChange={(x) => setV({ ...v, maxPerOrder: x })} />
        </SimpleGrid>
        <Group mt="xs" gap="md">
          <Checkbox label="In person (premium 25% off)" checked={v.inPerson} onChange={(e) => setV({ ...v, inPerson: e.currentTarget.checked })} />
          <Checkbox label="Free for premium members" checked={v.includedInPremium} onChange={(e) => setV({ ...v, includedInPremium: e.currentTarget.checked })} />
        </Group>
        <Group mt="xs">
          <Button type="submit" variant="outline" loading={loading}>
            Add ticket
          </Button>
        </Group>
      </form>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </Stack>
  );
}

function TicketRow({ ticket, onSave }: { ticket: TicketTypeFieldsFragment; onSave: (input: { capacity?: number | null; listPriceCents?: number }) => Promise<unknown> }) {
  const [capacity, setCapacity] = useState<string | number>(ticket.capacity ?? '');
  const [price, setPrice] = useState<string | number>(ticket.listPriceCents / 100);
  const taken = ticket.capacity !== null && ticket.seatsLeft !== null ? ticket.capacity - ticket.seatsLeft : null;
  return (
    <Card withBorder padding="xs">
      <Stack gap={4}>
        <Text size="sm">
          <strong>{ticket.name}</strong> · {ticket.kind === 'BUNDLE' ? 'bundle' : 'ticket'} · {formatCents(ticket.listPriceCents)} ·{' '}
          {ticket.capacity === null ? 'unlimited' : `${taken} of ${ticket.capacity} taken`}
          {ticket.audience === 'PREMIUM' ? ' · premium only' : ''}
        </Text>
        <Group align="flex-end" gap="xs" wrap="wrap">
          <NumberInput label={`Capacity of ${ticket.name}`} size="xs" w={140} min={0} allowDecimal={false} value={capacity} onChange={setCapacity} />
          <NumberInput label={`Price of ${ticket.name} (USD)`} size="xs" w={160} min={0} decimalScale={2} value={price} onChange={setPrice} />
          <Button size="xs" variant="outline" onClick={() => void onSave({ capacity: capacity === '' ? null : Number(capacity), listPriceCents: dollarsToCents(price) })}>
            Save
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
