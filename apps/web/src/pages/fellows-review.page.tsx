import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { FellowsStaff } from '../modules/fellows/components/fellows-staff.component';
import { PlanStatusBadge } from '../modules/fellows/components/plan-status-badge.component';
import { fellowshipReviewQueueQuery } from '../modules/fellows/graphql/fellows.graphql';
import type { FellowshipPlanStatus } from '../gql/graphql';
import { formatDateTime } from '../ui/dates.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

const VIEWS: Record<string, { label: string; statuses: FellowshipPlanStatus[] | null }> = {
  open: { label: 'Open', statuses: null },
  decided: { label: 'Decided', statuses: ['ACCEPTED', 'DECLINED'] },
};

/** `/fellows/review`: reviewers' queue of plans (oldest change first), and the staff's programme tools. */
export function FellowsReviewPage() {
  const { viewer, isStaff, loading: viewerLoading } = useViewer();
  const [view, setView] = useState('open');
  const { data, loading, error } = useQuery(fellowshipReviewQueueQuery, { variables: { statuses: VIEWS[view].statuses }, skip: !viewer, fetchPolicy: 'cache-and-network' });

  if (viewerLoading) return <Loading />;
  const forbidden = error && toApiError(error).reason === 'NOT_REVIEWER';
  const plans = data?.fellowshipReviewQueue ?? [];

  return (
    <Page title="Review plans" intro="Strategic plans submitted to the Fellows programme. Plans are confidential to their authors and the reviewers.">
      {!viewer ? (
        <Text>
          <Anchor component={Link} to="/login?next=/fellows/review">
            Log in
          </Anchor>{' '}
          to review plans.
        </Text>
      ) : forbidden ? (
        <Text>Only reviewers of the Fellows programme can see submitted plans. Staff appoint reviewers.</Text>
      ) : (
        <Stack gap="md">
          <SegmentedControl value={view} onChange={setView} data={Object.entries(VIEWS).map(([value, v]) => ({ value, label: v.label }))} aria-label="Which plans" />
          {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
          {loading && !data ? <Loading label="Loading plans" /> : null}
          {data && plans.length === 0 ? <Text c="dimmed">No plans here.</Text> : null}
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Plans">
            {plans.map((plan) => (
              <Card key={plan.id} withBorder component="li" padding="md">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/fellows/review/${plan.id}`} fw={700} style={{ overflowWrap: 'anywhere' }}>
                      {plan.title}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {plan.author.displayName}
                      {plan.author.organizationName ? `, ${plan.author.organizationName}` : ''} · version {plan.version} · changed {formatDateTime(plan.updatedAt, viewer.timeZone)}
                    </Text>
                  </Stack>
                  <PlanStatusBadge status={plan.status} />
                </Group>
              </Card>
            ))}
          </Stack>
        </Stack>
      )}
      {isStaff ? <FellowsStaff /> : null}
    </Page>
  );
}
