import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { FellowshipPlanAction, FellowshipPlanFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { planAction } from '../fellows-labels.util';
import { reviewFellowshipPlanMutation } from '../graphql/fellows.graphql';

/** A reviewer's steps for this plan now; a comment goes with any of them (and is required where the author needs a reason). */
export function ReviewActions({ plan }: { plan: FellowshipPlanFieldsFragment }) {
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [review, { loading }] = useMutation(reviewFellowshipPlanMutation);

  if (plan.availableActions.length === 0) {
    return <Text c="dimmed">{plan.isMine ? 'You cannot review your own plan.' : 'No review step applies to this plan now.'}</Text>;
  }

  const act = async (action: FellowshipPlanAction) => {
    if (planAction(action).needsComment && !comment.trim()) {
      setProblem('Write a comment: the author needs to know why.');
      return;
    }
    setProblem(null);
    try {
      await review({ variables: { input: { planId: plan.id, action, comment: comment.trim() || null } } });
      setComment('');
    } catch (thrown) {
      setProblem(toApiError(thrown).message);
    }
  };

  return (
    <section aria-labelledby="review-heading">
      <Stack gap="sm">
        <Text component="h2" id="review-heading" fw={700} fz="lg">
          Review
        </Text>
        {problem ? <ErrorAlert title="Not done">{problem}</ErrorAlert> : null}
        <Textarea
          label="Comment for the author"
          description="Required to ask for a revision or to decline. The author reads it on the plan's page (it is not emailed)."
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={5000}
        />
        <Group gap="sm">
          {plan.availableActions.map((action) => (
            <Button key={action} variant={action === 'COMMENT' ? 'default' : 'filled'} color={planAction(action).color} loading={loading} onClick={() => void act(action)}>
              {planAction(action).label}
            </Button>
          ))}
        </Group>
      </Stack>
    </section>
  );
}
