import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';

export interface Question {
  id: string;
  label: string;
  kind: string;
  options: string[];
  required: boolean;
}

export interface AttendeeDraft {
  name: string;
  email: string;
  credentials: string;
  organization: string;
  answers: Record<string, string>;
}

export const emptyAttendee = (over: Partial<AttendeeDraft> = {}): AttendeeDraft => ({ name: '', email: '', credentials: '', organization: '', answers: {}, ...over });

/** One seat's attendee: who comes and their answers to the event's questions. */
export function AttendeeFields({
  legend,
  value,
  onChange,
  questions,
  errors = {},
}: {
  legend: string;
  value: AttendeeDraft;
  onChange: (next: AttendeeDraft) => void;
  questions: readonly Question[];
  errors?: Record<string, string | undefined>;
}) {
  const set = (patch: Partial<AttendeeDraft>) => onChange({ ...value, ...patch });
  const answer = (id: string, v: string) => onChange({ ...value, answers: { ...value.answers, [id]: v } });
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Name" required value={value.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors.name} maxLength={200} />
        <TextInput label="Email" type="email" required value={value.email} onChange={(e) => set({ email: e.currentTarget.value })} error={errors.email} maxLength={320} />
        <TextInput label="Credentials" description="e.g. MD, RN" value={value.credentials} onChange={(e) => set({ credentials: e.currentTarget.value })} maxLength={100} />
        <TextInput label="Organization" value={value.organization} onChange={(e) => set({ organization: e.currentTarget.value })} maxLength={200} />
        {questions.map((q) =>
          q.kind === 'choice' ? (
            <Select
              key={q.id}
              label={q.label}
              required={q.required}
              data={q.options}
              value={value.answers[q.id] ?? null}
              onChange={(v) => answer(q.id, v ?? '')}
              error={errors[`q:${q.id}`]}
              clearable={!q.required}
            />
          ) : (
            <TextInput key={q.id} label={q.label} required={q.required} value={value.answers[q.id] ?? ''} onChange={(e) => answer(q.id, e.currentTarget.value)} error={errors[`q:${q.id}`]} maxLength={1000} />
          ),
        )}
      </SimpleGrid>
    </Fieldset>
  );
}

/** The problems a person can fix before sending: missing names, addresses and required answers. */
export function attendeeProblems(a: AttendeeDraft, questions: readonly Question[]): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!a.name.trim()) problems.name = 'Enter the attendee’s name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a.email.trim())) problems.email = 'Enter a valid email address.';
  for (const q of questions) if (q.required && !(a.answers[q.id] ?? '').trim()) problems[`q:${q.id}`] = 'Please answer this question.';
  return problems;
}

/** The API's shape of an attendee. */
export function toAttendeeInput(a: AttendeeDraft) {
  return {
    name: a.name.trim(),
    email: a.email.trim(),
    credentials: a.credentials.trim() || null,
    organization: a.organization.trim() || null,
    answers: Object.entries(a.answers)
      .filter(([, v]) => v.trim())
      .map(([questionId, v]) => ({ questionId, value: v.trim() })),
  };
}
