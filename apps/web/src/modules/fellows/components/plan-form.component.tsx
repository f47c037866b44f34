import { Checkbox, Group, Textarea, TextInput } from '@mantine/core';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { FormShell } from '../../../ui/form-shell.component';
import { useFormValues } from '../../../ui/use-form-values.hook';
import { PLATFORMS } from '../fellows-labels.util';

export interface PlanFormValues {
  title: string;
  goals: string;
  audience: string;
  platforms: string[];
  metrics: string;
  governance: string;
  /** Only when resubmitting: what changed. */
  note: string;
}

export const EMPTY_PLAN: PlanFormValues = { title: '', goals: '', audience: '', platforms: [], metrics: '', governance: '', note: '' };

const FIELDS = ['title', 'goals', 'audience', 'platforms', 'metrics', 'governance', 'note'] as const;
const SECTION_MIN = 20;
const SECTION_MAX = 10_000;

const sectionCheck = (value: string) => {
  const n = [...value.trim()].length;
  if (n < SECTION_MIN) return `Write at least ${SECTION_MIN} characters.`;
  if (n > SECTION_MAX) return `Keep this section under ${SECTION_MAX.toLocaleString('en-US')} characters.`;
  return null;
};

interface PlanFormProps {
  initial: PlanFormValues;
  resubmitting: boolean;
  onSubmit: (values: PlanFormValues) => Promise<unknown>;
}

/** The strategic plan: goals, audience, platforms, metrics, and the governance and privacy plan. */
export function PlanForm({ initial, resubmitting, onSubmit }: PlanFormProps) {
  const { values, set, busy, run } = useFormValues(initial);
  const errors = useApiError(FIELDS);
  const submitLabel = resubmitting ? 'Resubmit the plan' : 'Submit the plan';

  const submit = errors.handleSubmit(
    () => ({
      title: ([...values.title.trim()].length < 3 || [...values.title.trim()].length > 200) && 'Give the plan a title of 3 to 200 characters.',
      goals: sectionCheck(values.goals),
      audience: sectionCheck(values.audience),
      metrics: sectionCheck(values.metrics),
      governance: sectionCheck(values.governance),
      platforms: values.platforms.length === 0 && 'Choose at least one platform.',
    }),
    () => run(() => onSubmit(values)),
  );

  const section = (key: 'goals' | 'audience' | 'metrics' | 'governance', label: string, description: string) => (
    <Textarea
      label={label}
      description={description}
      value={values[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      error={errors.fieldError(key)}
      autosize
      minRows={3}
      maxRows={14}
      required
    />
  );

  return (
    <FormShell label={submitLabel} onSubmit={submit} submitLabel={submitLabel} loading={busy} alertMessage={errors.alertMessage} gap="md">
      <TextInput label="Title" value={values.title} onChange={(e) => set({ title: e.currentTarget.value })} error={errors.fieldError('title')} required maxLength={200} />
      {section('goals', 'Goals', 'What should change for patients, staff or your organization?')}
      {section('audience', 'Audience', 'Whom do you want to reach, and where are they already?')}
      <Checkbox.Group label="Platforms" description="Where the plan will run." value={values.platforms} onChange={(platforms) => set({ platforms })} error={errors.fieldError('platforms')} required>
        <Group gap="md" mt="xs">
          {PLATFORMS.map((p) => (
            <Checkbox key={p.value} value={p.value} label={p.label} />
          ))}
        </Group>
      </Checkbox.Group>
      {section('metrics', 'Metrics', 'How will you know it worked, and when will you check?')}
      {section('governance', 'Governance and privacy plan', 'Who approves and moderates, and how is patient information protected?')}
      {resubmitting ? (
        <Textarea
          label="What changed (for the reviewers)"
          value={values.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
          error={errors.fieldError('note')}
          autosize
          minRows={2}
        />
      ) : null}
    </FormShell>
  );
}
