import { isPlausibleEmail } from '@confer/libs/text';
import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Collapse, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../../apollo/api-error.util';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { AdminOrganizationFieldsFragment } from '../../../gql/graphql';
import { dateInputToIso, toDateInputValue } from '../../../ui/dates.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isPlausibleEmail(email.trim())) {
      errors.setFieldErrors({ email: 'Enter the admin’s account email.' });
      return;
    }
    errors.clear();
    try {
      await addAdmin({ variables: { organizationId, email: email.trim() } });
      setEmail('');
      notifications.show({ message: 'Admin added.' });
    } catch (thrown) {
      errors.capture(thrown);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Add an admin to ${organizationName}`}>
      <Stack gap="xs" align="flex-start">
        {errors.alertMessage ? <ErrorAlert title="Admin not added">{errors.alertMessage}</ErrorAlert> : null}
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
        <Button type="submit" variant="light" loading={loading}>
          Add admin
        </Button>
      </Stack>
    </form>
  );
}

function MembershipForm({ organization }: { organization: AdminOrganizationFieldsFragment }) {
  const [status, setStatus] = useState(organization.status);
  const [startsOn, setStartsOn] = useState(toDateInputValue(organization.membershipStartsAt));
  const [endsOn, setEndsOn] = useState(toDateInputValue(organization.membershipEndsAt));
  const [update, { loading }] = useMutation(updateOrganizationMembershipMutation);
  const errors = useApiError(['status', 'membershipStartsAt', 'membershipEndsAt']);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const membershipStartsAt = dateInputToIso(startsOn);
    const membershipEndsAt = endsOn ? dateInputToIso(endsOn) : null;
    const local: Record<string, string> = {};
    if (!membershipStartsAt) local.membershipStartsAt = 'Choose a start date.';
    if (endsOn && !membershipEndsAt) local.membershipEndsAt = 'Choose a valid end date, or leave it empty.';
    if (membershipStartsAt && membershipEndsAt && membershipEndsAt <= membershipStartsAt) {
      local.membershipEndsAt = 'The end date must be after the start date.';
    }
    if (Object.keys(local).length > 0) {
      errors.setFieldErrors(local);
      return;
    }
    errors.clear();
    try {
      await update({
        variables: { input: { organizationId: organization.id, status, membershipStartsAt, membershipEndsAt } },
      });
      notifications.show({ message: 'Membership saved.' });
    } catch (thrown) {
      errors.capture(thrown);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Membership of ${organization.name}`}>
      <Stack gap="sm">
        {errors.alertMessage ? <ErrorAlert title="Not saved">{errors.alertMessage}</ErrorAlert> : null}
        <Select
          label="Status"
          data={STATUSES.some((s) => s.value === status) ? STATUSES : [...STATUSES, { value: status, label: statusLabel(status) }]}
          value={status}
          onChange={(value) => value && setStatus(value)}
          allowDeselect={false}
          error={errors.fieldError('status')}
          maw={240}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label="Membership start date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={errors.fieldError('membershipStartsAt')}
            required
            miw={150}
          />
          <TextInput
            type="date"
            label="Membership end date"
            description="Empty: no end."
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            error={errors.fieldError('membershipEndsAt')}
            miw={150}
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            Save membership
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
