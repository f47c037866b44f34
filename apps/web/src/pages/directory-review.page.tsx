import { useQuery } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { ReviewItem } from '../modules/directory/components/review-item.component';
import { directoryReviewQueueQuery } from '../modules/directory/graphql/directory.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

export function DirectoryReviewPage() {
  return <RequireViewer staffOnly>{() => <ReviewQueue />}</RequireViewer>;
}

function ReviewQueue() {
  const { data, loading, error, refetch } = useQuery(directoryReviewQueueQuery, { fetchPolicy: 'network-only' });
  const queue = data?.directoryReviewQueue;
  return (
    <Page title="Directory review" intro="Confirmed submissions, oldest first. Approve to publish; reject with a reason the submitter receives." size="lg">
      <Anchor component={Link} to="/directory">
        Back to the directory
      </Anchor>
      {error ? <ErrorAlert title="Could not load the queue">{toApiError(error).message}</ErrorAlert> : null}
      {loading && !queue ? <Loading /> : null}
      {queue ? (
        <>
          <Text aria-live="polite">{queue.totalCount === 0 ? 'Nothing waits for review.' : `${queue.totalCount} waiting for review`}</Text>
          {queue.nodes.map((item) => (
            <ReviewItem key={item.id} item={item} onDone={() => void refetch()} />
          ))}
        </>
      ) : null}
    </Page>
  );
}
