import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { eventByIdQuery, updateEventMutation } from '../graphql/events-staff.graphql';
import { useActionError } from '../hooks/use-action-error.hook';
import { ErrorAlert } from '../../../ui/error-alert.component';
import type { Question } from './attendee-fields.component';

interface Draft {
  id: string;
  label: string;
  kind: string;
  options: string;
  required: boolean;
}

/** A stable key for a new question's answers, from its label (e.g. "Dietary needs" → dietary-needs). */
const keyFor = (label: string, taken: Set<string>): string => {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 28);
  const base = /^[a-z]/.test(slug) ? slug : `q-${slug}`.replace(/-$/, '');
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
};

/** Staff: the questions every attendee answers at checkout (text or choice, required or not). */
export function AdminQuestions({ eventId, questions }: { eventId: string; questions: readonly Question[] }) {
  const [list, setList] = useState<Draft[]>(() => questions.map((q) => ({ ...q, options: q.options.join(', ') })));
  const [saved, setSaved] = useState(false);
  const { error, run } = useActionError();
  const [update, { loading }] = useMutation(updateEventMutation, { refetchQueries: [eventByIdQuery] });
  const set = (i: number, patch: Partial<Draft>) => setList((old) => old.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const save = async () => {
    setSaved(false);
    const taken = new Set(list.map((q) => q.id).filter(Boolean));
    const input = list.map((q) => ({
      id: q.id || keyFor(q.label, taken),
      label: q.label.trim(),
      kind: q.kind,
      options: q.kind === 'choice' ? q.options.split(',').map((o) => o.trim()).filter(Boolean) : [],
      required: q.required,
    }));
    if (await run(() => update({ variables: { input: { id: eventId, questions: input } } }))) {
      setList(input.map((q) => ({ ...q, options: q.options.join(', ') })));
      setSaved(true);
    }
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="questions-heading">
      <Title order={2} size="h3" id="questions-heading">
        Questions for attendees
      </Title>
      {list.length === 0 ? <Text c="dimmed">No questions: checkout asks only for name, credentials, organization and email.</Text> : null}
      {list.map((q, i) => (
        <Card key={i} withBorder padding="xs">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput label={`Question ${i + 1}`} value={q.label} onChange={(e) => set(i, { label: e.currentTarget.value })} style={{ flex: 1, minWidth: 180 }} />
            <Select
              label={`Kind of question ${i + 1}`}
              w={130}
              data={[
                { value: 'text', label: 'Text' },
                { value: 'choice', label: 'Choice' },
              ]}
              value={q.kind}
              onChange={(v) => v && set(i, { kind: v })}
              allowDeselect={false}
            />
            {q.kind === 'choice' ? <TextInput label={`Choices for question ${i + 1}`} description="Comma-separated" value={q.options} onChange={(e) => set(i, { options: e.currentTarget.value })} /> : null}
            <Checkbox label="Required" checked={q.required} onChange={(e) => set(i, { required: e.currentTarget.checked })} />
            <Button size="xs" variant="subtle" color="red.9" onClick={() => setList((old) => old.filter((_, j) => j !== i))}>
              Remove question {i + 1}
            </Button>
          </Group>
        </Card>
      ))}
      <Group>
        <Button variant="outline" onClick={() => setList((old) => [...old, { id: '', label: '', kind: 'text', options: '', required: false }])}>
          Add a question
        </Button>
        <Button onClick={save} loading={loading}>
          Save questions
        </Button>
      </Group>
      {saved ? (
        <Text size="sm" role="status">
          Questions saved.
        </Text>
      ) : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </Stack>
  );
}
