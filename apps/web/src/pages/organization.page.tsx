import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import type { OrganizationDetailsFragment } from '../gql/graphql';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import type { Viewer } from '../modules/accounts/hooks/use-viewer.hook';
import { AddDomainForm } from '../modules/organizations/components/add-domain-form.component';
import { DomainList, type DomainItem } from '../modules/organizations/components/domain-list.component';
import { MemberList } from '../modules/organizations/components/member-list.component';
import {
  addOrganizationDomainMutation,
  organizationQuery,
  removeOrganizationDomainMutation,
} from '../modules/organizations/graphql/organization.graphql';
import { membershipWindowLabel, statusLabel } from '../modules/organizations/organization-labels.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { LabeledValue } from '../ui/labeled-value.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

export function OrganizationPage() {
  return <RequireViewer>{(viewer) => <OrganizationLoader viewer={viewer} />}</RequireViewer>;
}

function OrganizationLoader({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(organizationQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  const organization = data?.organization;
  if (error || !organization) {
    // Not found and not allowed look the same, like on the server.
    return (
      <Page title="Organization">
        <ErrorAlert title="Organization not available">
          {error ? toApiError(error).message : 'This organization does not exist, or you do not manage it.'}
        </ErrorAlert>
      </Page>
    );
  }
  return <OrganizationContent organization={organization} viewer={viewer} />;
}

function OrganizationContent({ organization, viewer }: { organization: OrganizationDetailsFragment; viewer: Viewer }) {
  const isStaff = viewer.roles.includes('STAFF');
  const [addDomain] = useMutation(addOrganizationDomainMutation);
  const [removeDomain] = useMutation(removeOrganizationDomainMutation);
  const [busyId, setBusyId] = useState<string | null>(null);

  const onRemove = async (domain: DomainItem) => {
    if (!window.confirm(`Remove ${domain.domain}? People covered through it lose organization membership.`)) return;
    setBusyId(domain.id);
    try {
      await removeDomain({ variables: { domainId: domain.id } });
      notifications.show({ message: `${domain.domain} removed.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not remove the domain', message: toApiError(error).message });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Page title={organization.name} intro="Organization membership">
      <Paper withBorder p="lg" component="section" aria-labelledby="org-membership-heading">
        <Title order={2} size="h3" id="org-membership-heading" mb="sm">
          Membership
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <LabeledValue label="Status">
            <Group gap="xs">
              <Text>{statusLabel(organization.status)}</Text>
              <Badge color={organization.active ? 'teal' : 'gray'} variant="light" tt="none">
                {organization.active ? 'Covering members now' : 'Not covering members now'}
              </Badge>
            </Group>
          </LabeledValue>
          <LabeledValue label="Membership period">
            <Text>{membershipWindowLabel(organization, viewer.timeZone)}</Text>
          </LabeledValue>
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="org-domains-heading">
        <Title order={2} size="h3" id="org-domains-heading" mb="xs">
          Email domains
        </Title>
        <Text size="sm" mb="sm">
          Everyone with a verified email address on an approved domain is covered.
        </Text>
        <Stack>
          <DomainList domains={organization.domains} onRemove={onRemove} busyId={busyId} />
          <AddDomainForm
            description={isStaff ? 'Added by staff: approved at once.' : 'New domains are pending until Confer staff approve them.'}
            onAdd={async (domain) => {
              await addDomain({ variables: { organizationId: organization.id, domain } });
              notifications.show({ message: isStaff ? `${domain} added.` : `${domain} added and waiting for approval.` });
            }}
          />
        </Stack>
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="org-admins-heading">
        <Title order={2} size="h3" id="org-admins-heading" mb="sm">
          Administrators
        </Title>
        <MemberList members={organization.admins} empty="No administrators yet." />
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="org-members-heading">
        <Title order={2} size="h3" id="org-members-heading" mb="sm">
          Covered members ({organization.coveredMembers.length})
        </Title>
        <MemberList members={organization.coveredMembers} empty="Nobody is covered yet." />
      </Paper>
    </Page>
  );
}
