import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { PlanStatusBadge } from '../modules/fellows/components/plan-status-badge.component';
import { PlanTimeline } from '../modules/fellows/components/plan-timeline.component';
import { PlanView } from '../modules/fellows/components/plan-view.component';
import { ReviewActions } from '../modules/fellows/components/review-actions.component';
import { fellowshipPlanQuery } from '../modules/fellows/graphql/fellows.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** `/fellows/review/:planId`: one plan, its timeline, and the reviewer's steps. */
export function FellowsReviewPlanPage() {
  const { planId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(fellowshipPlanQuery, { variables: { id: planId } });
  const plan = data?.fellowshipPlan;

  return (
    <Page title={plan ? plan.title : 'Plan'}>
      <Anchor component={Link} to="/fellows/review">
        ← All plans
      </Anchor>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading the plan" /> : null}
      {plan ? (
        <Stack gap="lg">
          <Card withBorder padding="lg">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Text fw={700}>
                  {plan.author.displayName}
                  {plan.author.credentials ? `, ${plan.author.credentials}` : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  {[plan.author.jobTitle, plan.author.organizationName].filter(Boolean).join(', ') || 'No organization given'} · version {plan.version}
                </Text>
              </Stack>
              <PlanStatusBadge status={plan.status} />
            </Group>
          </Card>
          <PlanView plan={plan} />
          <ReviewActions plan={plan} />
          <PlanTimeline events={plan.timeline} timeZone={viewer?.timeZone} />
        </Stack>
      ) : null}
    </Page>
  );
}
