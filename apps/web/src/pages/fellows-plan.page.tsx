import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { FellowListingForm } from '../modules/fellows/components/fellow-listing-form.component';
import { EMPTY_PLAN, PlanForm, type PlanFormValues } from '../modules/fellows/components/plan-form.component';
import { PlanStatusBadge } from '../modules/fellows/components/plan-status-badge.component';
import { PlanTimeline } from '../modules/fellows/components/plan-timeline.component';
import { PlanView } from '../modules/fellows/components/plan-view.component';
import { cannotSubmitMessage, planStatus } from '../modules/fellows/fellows-labels.util';
import { myFellowshipQuery, resubmitFellowshipPlanMutation, submitFellowshipPlanMutation } from '../modules/fellows/graphql/fellows.graphql';
import type { FellowshipPlanFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

const planInput = (v: Omit<PlanFormValues, 'note' | 'platforms'> & { platforms: readonly string[] }) => ({ title: v.title, goals: v.goals, audience: v.audience, platforms: [...v.platforms], metrics: v.metrics, governance: v.governance });
const formValues = (p: FellowshipPlanFieldsFragment): PlanFormValues => ({ ...planInput(p), platforms: [...p.platforms], note: '' });

/** `/fellows/plan`: submit a strategic plan, follow its review, resubmit, and choose the public listing. */
export function FellowsPlanPage() {
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error } = useQuery(myFellowshipQuery, { skip: !viewer });
  const [submit] = useMutation(submitFellowshipPlanMutation, { refetchQueries: [myFellowshipQuery] });
  const [resubmit] = useMutation(resubmitFellowshipPlanMutation, { refetchQueries: [myFellowshipQuery] });

  if (viewerLoading) return <Loading />;
  if (!viewer) {
    return (
      <Page title="My strategic plan">
        <Text>
          <Anchor component={Link} to="/login?next=/fellows/plan">
            Log in
          </Anchor>{' '}
          to submit your plan or follow its review.
        </Text>
      </Page>
    );
  }

  const mine = data?.myFellowship;
  const plan = mine?.plan ?? null;
  const showNewForm = mine?.canSubmit === true;

  return (
    <Page title="My strategic plan" intro="Your social media strategic plan for the Fellows programme. Only you and the programme's reviewers can read it.">
      <Anchor component={Link} to="/fellows">
        ← Social Media Fellows
      </Anchor>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading your plan" /> : null}
      {mine && !plan && !mine.canSubmit ? (
        <Alert variant="light" color="blue" title="Not open to you yet">
          {cannotSubmitMessage(mine.cannotSubmitReason)}
        </Alert>
      ) : null}
      {plan ? (
        <Stack gap="lg">
          <Card withBorder padding="lg">
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text component="h2" fw={700} fz="xl" m={0} style={{ overflowWrap: 'anywhere' }}>
                  {plan.title}
                </Text>
                <PlanStatusBadge status={plan.status} />
              </Group>
              <Text role="status">{planStatus(plan.status).meaning}</Text>
              {plan.version > 1 ? <Text size="sm" c="dimmed">Version {plan.version}</Text> : null}
            </Stack>
          </Card>
          <PlanTimeline events={plan.timeline} timeZone={viewer.timeZone} />
          {plan.status === 'ACCEPTED' ? <FellowListingForm plan={plan} /> : null}
          {plan.availableActions.includes('RESUBMIT') ? (
            <section aria-labelledby="revise-heading">
              <Text component="h2" id="revise-heading" fw={700} fz="lg" mb="sm">
                Revise and resubmit
              </Text>
              <PlanForm
                initial={formValues(plan)}
                resubmitting
                onSubmit={(values) => resubmit({ variables: { input: { ...planInput(values), note: values.note.trim() || null } } })}
              />
            </section>
          ) : (
            <section aria-labelledby="plan-heading">
              <Text component="h2" id="plan-heading" fw={700} fz="lg" mb="sm">
                The plan
              </Text>
              <PlanView plan={plan} />
            </section>
          )}
        </Stack>
      ) : null}
      {showNewForm ? (
        <section aria-labelledby="new-plan-heading">
          <Text component="h2" id="new-plan-heading" fw={700} fz="lg" mb="sm">
            {plan ? 'Submit a new plan' : 'Submit your plan'}
          </Text>
          <PlanForm initial={EMPTY_PLAN} resubmitting={false} onSubmit={(values) => submit({ variables: { input: planInput(values) } })} />
        </section>
      ) : null}
    </Page>
  );
}
