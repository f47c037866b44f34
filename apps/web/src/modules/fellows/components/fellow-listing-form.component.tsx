import { useMutation } from '@apollo/client/react';
import { Checkbox, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { FellowshipPlanFieldsFragment } from '../../../gql/graphql';
import { FormShell } from '../../../ui/form-shell.component';
import { setFellowListingMutation } from '../graphql/fellows.graphql';

const FIELDS = ['listPublicly', 'publicSummary'] as const;

/** An accepted fellow decides whether the public Fellows page shows them, and with what summary. */
export function FellowListingForm({ plan }: { plan: FellowshipPlanFieldsFragment }) {
  const [listPublicly, setListPublicly] = useState(plan.listPublicly);
  const [summary, setSummary] = useState(plan.publicSummary ?? '');
  const [saved, setSaved] = useState(false);
  const errors = useApiError(FIELDS);
  const [save, { loading }] = useMutation(setFellowListingMutation);

  const submit = errors.handleSubmit(
    () => ({ publicSummary: [...summary.trim()].length > 500 && 'Keep it under 500 characters.' }),
    async () => {
      setSaved(false);
      await save({ variables: { input: { listPublicly, publicSummary: summary.trim() || null } } });
      setSaved(true);
    },
  );

  return (
    <FormShell
      label="Fellows page listing"
      onSubmit={submit}
      submitLabel="Save my listing"
      loading={loading}
      alertMessage={errors.alertMessage}
      intro={saved ? <span role="status">Saved.</span> : null}
      gap="sm"
    >
      <Checkbox
        label="Show me on the public Fellows page"
        description="Your name, credentials, organization and cohort year. Nothing from your plan unless you write a summary below."
        checked={listPublicly}
        onChange={(e) => setListPublicly(e.currentTarget.checked)}
      />
      <Textarea
        label="Summary to share (optional)"
        description="Up to 500 characters, shown on the public page."
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        error={errors.fieldError('publicSummary')}
        autosize
        minRows={2}
        maxLength={500}
      />
    </FormShell>
  );
}
