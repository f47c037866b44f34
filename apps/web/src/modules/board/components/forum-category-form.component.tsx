import { Checkbox, NativeSelect, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { ForumAudience, ForumGroupFieldsFragment } from '../../../gql/graphql';
import { FormShell } from '../../../ui/form-shell.component';
import { audienceBadge } from '../board-labels.util';
import { IdentityFields, identityChecks, type IdentityValues } from './board-admin-fields.component';

export interface CategoryFormValues extends IdentityValues {
  audience: ForumAudience;
  groupId: string;
  allowAnonymous: boolean;
  requirePremoderation: boolean;
  /** Empty: keep the current place (editing) or first (creating). */
  position: number | string;
}

const AUDIENCES: readonly { value: ForumAudience; description: string }[] = [
  { value: 'PUBLIC', description: 'Anyone can read; premium members write. A sample of the board.' },
  { value: 'PREMIUM', description: 'Premium members read and write.' },
  { value: 'GROUP', description: 'Only the members of one private group (and moderators).' },
];

const FIELDS = ['name', 'slug', 'description', 'audience', 'groupId', 'position'] as const;

interface CategoryFormProps {
  initial: CategoryFormValues;
  /** Editing an existing category: its audience and group stay as they are. */
  editing: boolean;
  groups: readonly ForumGroupFieldsFragment[];
  submitLabel: string;
  onSubmit: (values: CategoryFormValues) => Promise<unknown>;
}

/** Staff: a category's name, address, audience (when created), anonymity, pre-moderation and place. */
export function ForumCategoryForm({ initial, editing, groups, submitLabel, onSubmit }: CategoryFormProps) {
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const errors = useApiError(FIELDS);
  const set = (patch: Partial<CategoryFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = errors.handleSubmit(
    () => ({
      ...identityChecks(values),
      groupId: !editing && values.audience === 'GROUP' && !values.groupId && 'Choose the group that may read it.',
    }),
    async () => {
      setBusy(true);
      try {
        await onSubmit(values);
      } finally {
        setBusy(false);
      }
    },
  );

  return (
    <FormShell label={submitLabel} onSubmit={submit} submitLabel={submitLabel} loading={busy} alertMessage={errors.alertMessage} gap="sm">
      <IdentityFields value={values} onChange={set} suggestSlug={!editing} slugPrefix="/board/" fieldError={errors.fieldError} />
      {editing ? (
        <Text size="sm">Readers: {audienceBadge(values.audience).label} (fixed when the category was created).</Text>
      ) : (
        <Radio.Group label="Who reads it" value={values.audience} onChange={(value) => set({ audience: value as ForumAudience })} error={errors.fieldError('audience')} required>
          <Stack gap="xs" mt="xs">
            {AUDIENCES.map((option) => (
              <Radio key={option.value} value={option.value} label={audienceBadge(option.value).label} description={option.description} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {!editing && values.audience === 'GROUP' ? (
        <NativeSelect
          label="Group"
          description={groups.length === 0 ? 'Create a private group first (below).' : undefined}
          value={values.groupId}
          onChange={(e) => set({ groupId: e.currentTarget.value })}
          data={[{ value: '', label: 'Choose a group' }, ...groups.map((group) => ({ value: group.id, label: group.name }))]}
          error={errors.fieldError('groupId')}
          required
        />
      ) : null}
      <Checkbox
        label="Allow anonymous posts"
        description="Members may post under a pseudonym; moderators can still see who wrote it."
        checked={values.allowAnonymous}
        onChange={(e) => set({ allowAnonymous: e.currentTarget.checked })}
      />
      <Checkbox
        label="Review every post before it appears"
        checked={values.requirePremoderation}
        onChange={(e) => set({ requirePremoderation: e.currentTarget.checked })}
      />
      <NumberInput
        label="Place in the list"
        description={editing ? 'Lower numbers come first. Leave empty to keep its place.' : 'Lower numbers come first.'}
        value={values.position}
        onChange={(position) => set({ position })}
        error={errors.fieldError('position')}
        allowDecimal={false}
        min={0}
        max={10000}
        maw={200}
      />
    </FormShell>
  );
}
