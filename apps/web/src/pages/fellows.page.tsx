import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { FellowCard } from '../modules/fellows/components/fellow-card.component';
import { fellowsQuery, myFellowshipQuery } from '../modules/fellows/graphql/fellows.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** `/fellows`: the public list of accepted fellows who chose to appear. */
export function FellowsPage() {
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(fellowsQuery);
  const mine = useQuery(myFellowshipQuery, { skip: !viewer });
  const fellows = data?.fellows ?? [];
  return (
    <Page
      title="Social Media Fellows"
      intro="Members who completed the Social Media Residency and whose social media strategic plan was accepted by the network's reviewers."
    >
      <Group gap="md">
        {viewer ? (
          <>
            <Anchor component={Link} to="/fellows/plan">
              My strategic plan
            </Anchor>
            {mine.data?.myFellowship.isReviewer ? (
              <Anchor component={Link} to="/fellows/review">
                Review plans
              </Anchor>
            ) : null}
          </>
        ) : (
          <Text size="sm">
            Completed the Residency? <Anchor component={Link} to="/login?next=/fellows/plan">Log in</Anchor> to submit your plan.
          </Text>
        )}
      </Group>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading the fellows" /> : null}
      {data && fellows.length === 0 ? <Text c="dimmed">No fellows are listed yet.</Text> : null}
      {fellows.length > 0 ? (
        <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Fellows">
          {fellows.map((fellow) => (
            <FellowCard key={fellow.id} fellow={fellow} />
          ))}
        </Stack>
      ) : null}
    </Page>
  );
}
