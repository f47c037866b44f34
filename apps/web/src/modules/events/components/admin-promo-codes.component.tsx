import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { useActionError } from '../hooks/use-action-error.hook';
import { createPromoCodeMutation, promoCodesQuery, updatePromoCodeMutation } from '../graphql/events-staff.graphql';
import { formatCents, formatWhen } from './event-format.util';
import { fromLocalInput } from './zoned-time.util';

/** Staff: an event's promo codes (percent or amount off, cap, expiry), switched off rather than deleted. */
export function AdminPromoCodes({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const { data } = useQuery(promoCodesQuery, { variables: { eventId } });
  const [v, setV] = useState({ code: '', percentOff: '' as string | number, amountOff: '' as string | number, maxUses: '' as string | number, expiresAt: '' });
  const { error, run } = useActionError();
  const after = { refetchQueries: [promoCodesQuery] };
  const [create, { loading }] = useMutation(createPromoCodeMutation, after);
  const [update] = useMutation(updatePromoCodeMutation, after);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      eventId,
      code: v.code.trim(),
      percentOff: v.percentOff === '' ? null : Number(v.percentOff),
      amountOffCents: v.amountOff === '' ? null : Math.round(Number(v.amountOff) * 100),
      maxUses: v.maxUses === '' ? null : Number(v.maxUses),
      expiresAt: fromLocalInput(v.expiresAt, timeZone),
    };
    if (await run(() => create({ variables: { input } }))) setV({ code: '', percentOff: '', amountOff: '', maxUses: '', expiresAt: '' });
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="promo-heading">
      <Title order={2} size="h3" id="promo-heading">
        Promo codes
      </Title>
      {data?.promoCodes.map((p) => (
        <Card key={p.id} withBorder padding="xs">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              <strong>{p.code}</strong> · {p.percentOff !== null && p.percentOff !== undefined ? `${p.percentOff}% off` : `${formatCents(p.amountOffCents ?? 0)} off`} · used {p.uses}
              {p.maxUses ? ` of ${p.maxUses}` : ''}
              {p.expiresAt ? ` · until ${formatWhen(p.expiresAt, timeZone)}` : ''}
              {p.active ? '' : ' · switched off'}
            </Text>
            <Button size="xs" variant="subtle" onClick={() => void run(() => update({ variables: { input: { id: p.id, active: !p.active } } }))}>
              {p.active ? 'Switch off' : 'Switch on'}
            </Button>
          </Group>
        </Card>
      ))}
      <form onSubmit={submit} aria-label="New promo code">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput label="Code" required value={v.code} onChange={(e) => setV({ ...v, code: e.currentTarget.value })} />
          <NumberInput label="Percent off" min={1} max={100} allowDecimal={false} value={v.percentOff} onChange={(x) => setV({ ...v, percentOff: x })} />
          <NumberInput label="Or amount off (USD)" min={0} decimalScale={2} value={v.amountOff} onChange={(x) => setV({ ...v, amountOff: x })} />
          <NumberInput label="Usage cap" min={1} allowDecimal={false} value={v.maxUses} onChange={(x) => setV({ ...v, maxUses: x })} />
          <TextInput label="Expires (venue time)" type="datetime-local" value={v.expiresAt} onChange={(e) => setV({ ...v, expiresAt: e.currentTarget.value })} />
        </SimpleGrid>
        <Group mt="xs">
          <Button type="submit" variant="outline" loading={loading}>
            Add promo code
          </Button>
        </Group>
      </form>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </Stack>
  );
}
