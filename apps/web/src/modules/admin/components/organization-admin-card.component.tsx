import { isPlausibleEmail } from '@confer/libs/text';
import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Collapse, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../../apollo/api-error.util';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { AdminOrganizationFieldsFragment } from '../../../gql/graphql';
import { DateRangeFields } from '../../../ui/date-range-fields.component';
import { parseDateRange, toDateInputValue } from '../../../ui/dates.util';
import { FormShell } from '../../../ui/form-shell.component';
import { AddDomainForm } from '../../organizations/components/add-domain-form.component';
import { DomainList, type DomainItem } from '../../organizations/components/domain-list.component';
import { membershipWindowLabel, statusLabel } from '../../organizations/organization-labels.util';
import {
  addOrganizationAdminMutation,
  adminAddOrganizationDomainMutation,
  adminRemoveOrganizationDomainMutation,
  approveOrganizationDomainMutation,
  updateOrganizationMembershipMutation,
} from '../graphql/admin-organizations.graphql';

const STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'suspended', label: 'Suspended' },
];

export function OrganizationAdminCard({ organization }: { organization: AdminOrganizationFieldsFragment }) {
  const [addDomain] = useMutation(adminAddOrganizationDomainMutation);
  const [approveDomain] = useMutation(approveOrganizationDomainMutation);
  const [removeDomain] = useMutation(adminRemoveOrganizationDomainMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [editing, { toggle: toggleEditing }] = useDisclosure(false);
  const pending = organization.domains.filter((d) => !d.approved).length;
  const headingId = `org-${organization.id}-heading`;
  const editId = `org-${organization.id}-edit`;

  const domainAction = (run: (d: DomainItem) => Promise<unknown>, done: string, failed: string) => async (d: DomainItem) => {
    setBusyId(d.id);
    try {
      await run(d);
      notifications.show({ message: `${d.domain} ${done}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: failed, message: toApiError(error).message });
    } finally {
      setBusyId(null);
    }
  };

  const removeWithNotice = domainAction(
    (d) => removeDomain({ variables: { domainId: d.id } }),
    'removed',
    'Could not remove the domain',
  );

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              <Anchor component={Link} to={`/org/${organization.id}`}>
                {organization.name}
              </Anchor>
            </Title>
            <Text size="sm">{membershipWindowLabel(organization)}</Text>
          </Stack>
          <Group gap={6}>
            <Badge variant="light" color={organization.status === 'active' ? 'blue' : 'red'} tt="none">
              {statusLabel(organization.status)}
            </Badge>
            <Badge variant="light" color={organization.active ? 'teal' : 'gray'} tt="none">
              {organization.active ? 'Covering now' : 'Not covering now'}
            </Badge>
            {pending > 0 ? (
              <Badge variant="filled" color="yellow" c="dark" tt="none">
                {pending} pending {pending === 1 ? 'domain' : 'domains'}
              </Badge>
            ) : null}
          </Group>
        </Group>

        <DomainList
          domains={organization.domains}
          busyId={busyId}
          onApprove={domainAction((d) => approveDomain({ variables: { domainId: d.id } }), 'approved', 'Could not approve the domain')}
          onRemove={(d) => {
            if (window.confirm(`Remove ${d.domain} from ${organization.name}?`)) void removeWithNotice(d);
          }}
        />
        <AddDomainForm
          label={`Add a domain to ${organization.name}`}
          onAdd={(domain) => addDomain({ variables: { organizationId: organization.id, domain } })}
        />

        <Text size="sm">
          <Text span fw={600}>
            Admins:
          </Text>{' '}
          {organization.admins.length > 0 ? organization.admins.map((a) => a.displayName).join(', ') : 'none yet'}
        </Text>
        <AddAdminForm organizationId={organization.id} organizationName={organization.name} />

        <Group>
          <Button variant="subtle" onClick={toggleEditing} aria-expanded={editing} aria-controls={editId}>
            {editing ? 'Close membership settings' : 'Edit membership'}
          </Button>
        </Group>
        <Collapse expanded={editing} keepMounted={false} id={editId}>
          <MembershipForm organization={organization} />
        </Collapse>
      </Stack>
    </Card>
  );
}

function AddAdminForm({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const [email, setEmail] = useState('');
  const [addAdmin, { loading }] = useMutation(addOrganizationAdminMutation);
  const errors = useApiError(['email']);

  const onSubmit = errors.handleSubmit(
    () => ({ email: !isPlausibleEmail(email.trim()) && 'Enter the admin’s account email.' }),
    async () => {
      await addAdmin({ variables: { organizationId, email: email.trim() } });
      setEmail('');
      notifications.show({ message: 'Admin added.' });
    },
  );

  return (
    <FormShell
      label={`Add an admin to ${organizationName}`}
      onSubmit={onSubmit}
      alertMessage={errors.alertMessage}
      alertTitle="Admin not added"
      submitLabel="Add admin"
      submitVariant="light"
      loading={loading}
      gap="xs"
    >
      <TextInput
        label="Admin email"
        description="The person must already have a Confer account."
        type="email"
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        error={errors.fieldError('email')}
        w="100%"
        maw={360}
      />
    </FormShell>
  );
}

function MembershipForm({ organization }: { organization: AdminOrganizationFieldsFragment }) {
  const [status, setStatus] = useState(organization.status);
  const [dates, setDates] = useState(() => ({
    startsOn: toDateInputValue(organization.membershipStartsAt),
    endsOn: toDateInputValue(organization.membershipEndsAt),
  }));
  const [update, { loading }] = useMutation(updateOrganizationMembershipMutation);
  const errors = useApiError(['status', 'membershipStartsAt', 'membershipEndsAt']);
  const range = parseDateRange(dates);

  const onSubmit = errors.handleSubmit(
    () => ({ membershipStartsAt: range.startError, membershipEndsAt: range.endError }),
    async () => {
      await update({
        variables: {
          input: {
            organizationId: organization.id,
            status,
            membershipStartsAt: range.startsAt,
            membershipEndsAt: range.endsAt,
          },
        },
      });
      notifications.show({ message: 'Membership saved.' });
    },
  );

  return (
    <FormShell
      label={`Membership of ${organization.name}`}
      onSubmit={onSubmit}
      alertMessage={errors.alertMessage}
      alertTitle="Not saved"
      submitLabel="Save membership"
      loading={loading}
      gap="sm"
    >
      <Select
        label="Status"
        data={STATUSES.some((s) => s.value === status) ? STATUSES : [...STATUSES, { value: status, label: statusLabel(status) }]}
        value={status}
        onChange={(value) => value && setStatus(value)}
        allowDeselect={false}
        error={errors.fieldError('status')}
        maw={240}
      />
      <DateRangeFields
        value={dates}
        onChange={setDates}
        startLabel="Membership start date"
        endLabel="Membership end date"
        endDescription="Empty: no end."
        startError={errors.fieldError('membershipStartsAt')}
        endError={errors.fieldError('membershipEndsAt')}
      />
    </FormShell>
  );
}
