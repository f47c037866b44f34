import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { FormShell } from '../../../ui/form-shell.component';
import { formatDate } from '../../../ui/dates.util';
import { useFormValues } from '../../../ui/use-form-values.hook';
import { fellowshipRosterQuery, grantFellowshipEligibilityMutation, setFellowshipReviewerMutation } from '../graphql/fellows.graphql';

function EmailForm({ label, submitLabel, description, onSubmit }: { label: string; submitLabel: string; description: string; onSubmit: (email: string) => Promise<unknown> }) {
  const { values, set, busy, run } = useFormValues({ email: '' });
  const errors = useApiError(['email'] as const);
  const submit = errors.handleSubmit(
    () => ({ email: !values.email.includes('@') && 'Enter the member’s email address.' }),
    () =>
      run(async () => {
        await onSubmit(values.email.trim());
        set({ email: '' });
      }),
  );
  return (
    <FormShell label={label} onSubmit={submit} submitLabel={submitLabel} loading={busy} alertMessage={errors.alertMessage} gap="xs">
      <TextInput label="Member’s email" description={description} type="email" value={values.email} onChange={(e) => set({ email: e.currentTarget.value })} error={errors.fieldError('email')} />
    </FormShell>
  );
}

/** Staff: who may submit a plan (besides Residency check-ins) and who reviews. */
export function FellowsStaff() {
  const { data, refetch } = useQuery(fellowshipRosterQuery);
  const [grant] = useMutation(grantFellowshipEligibilityMutation);
  const [appoint] = useMutation(setFellowshipReviewerMutation);
  const reload = () => void refetch().catch(() => undefined);

  return (
    <Stack gap="lg">
      <Text component="h2" fw={700} fz="lg">
        Programme staff tools
      </Text>
      <EmailForm
        label="Let a member submit a plan"
        submitLabel="Make eligible"
        description="For Residency attendees whose check-in is not recorded. Check-ins at the Residency do this automatically."
        onSubmit={async (email) => {
          await grant({ variables: { input: { email } } });
          reload();
        }}
      />
      <EmailForm
        label="Appoint a reviewer"
        submitLabel="Appoint reviewer"
        description="Reviewers see every plan and can comment, ask for revisions, accept or decline. Staff review by role."
        onSubmit={async (email) => {
          await appoint({ variables: { input: { email }, reviewer: true } });
          reload();
        }}
      />
      <Table.ScrollContainer minWidth={360}>
        <Table striped aria-label="Reviewers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reviewer</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Since</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.fellowshipReviewers ?? []).map((r) => (
              <Table.Tr key={r.userId}>
                <Table.Td>{r.displayName}</Table.Td>
                <Table.Td>{r.email}</Table.Td>
                <Table.Td>{formatDate(r.since)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`Remove ${r.displayName} as reviewer`}
                    onClick={() => void appoint({ variables: { input: { email: r.email }, reviewer: false } }).then(reload, () => undefined)}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Table.ScrollContainer minWidth={360}>
        <Table striped aria-label="Members who may submit a plan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Eligible member</Table.Th>
              <Table.Th>How</Table.Th>
              <Table.Th>Since</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.fellowshipEligibleMembers ?? []).map((r) => (
              <Table.Tr key={r.userId}>
                <Table.Td>
                  {r.displayName}
                  <Text size="xs" c="dimmed">
                    {r.email}
                  </Text>
                </Table.Td>
                <Table.Td>{r.source === 'RESIDENCY_CHECK_IN' ? 'Residency check-in' : 'Staff'}</Table.Td>
                <Table.Td>{formatDate(r.since)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
