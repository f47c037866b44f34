import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { toApiError } from '../../../apollo/api-error.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { Loading } from '../../../ui/loading.component';
import { adminOrganizationsQuery } from '../graphql/admin-organizations.graphql';
import { CreateOrganizationForm } from './create-organization-form.component';
import { OrganizationAdminCard } from './organization-admin-card.component';

export function OrganizationsAdmin() {
  const { data, loading, error } = useQuery(adminOrganizationsQuery);
  const organizations = [...(data?.organizations ?? [])].sort((a, b) => {
    // Organizations waiting for a domain approval first, then by name.
    const pending = (o: typeof a) => (o.domains.some((d) => !d.approved) ? 0 : 1);
    return pending(a) - pending(b) || a.name.localeCompare(b.name);
  });

  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="create-org-heading">
        <Title order={2} size="h3" id="create-org-heading" mb="sm">
          Create organization
        </Title>
        <CreateOrganizationForm />
      </Paper>
      <section aria-labelledby="org-list-heading">
        <Title order={2} size="h3" id="org-list-heading" mb="sm">
          Organizations
        </Title>
        {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
        {loading && !data ? <Loading label="Loading organizations" /> : null}
        {data && organizations.length === 0 ? <Text c="dimmed">No organizations yet.</Text> : null}
        <Stack gap="md">
          {organizations.map((organization) => (
            <OrganizationAdminCard key={organization.id} organization={organization} />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
