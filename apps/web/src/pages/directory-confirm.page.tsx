import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { confirmDirectorySubmissionMutation } from '../modules/directory/graphql/directory.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

type State = { status: 'pending' } | { status: 'done'; name: string; outcome: string } | { status: 'failed'; message: string };

/** The emailed confirmation link: sends the submission to staff review. */
export function DirectoryConfirmPage() {
  const { token = '' } = useParams();
  const [confirm] = useMutation(confirmDirectorySubmissionMutation);
  const [state, setState] = useState<State>({ status: 'pending' });
  const attempted = useRef<string | null>(null);

  useEffect(() => {
    if (attempted.current === token) return;
    attempted.current = token;
    confirm({ variables: { token } })
      .then((res) => {
        const r = res.data!.confirmDirectorySubmission;
        setState({ status: 'done', name: r.organizationName, outcome: r.status });
      })
      .catch((error: unknown) => setState({ status: 'failed', message: toApiError(error).message }));
  }, [token, confirm]);

  if (state.status === 'pending') return <Loading label="Confirming your submission" />;
  return (
    <Page title={state.status === 'done' ? 'Submission confirmed' : 'This link does not work'} size="sm">
      {state.status === 'done' ? (
        <Alert color="teal" title="Thank you" role="status">
          {state.outcome === 'PENDING'
            ? `${state.name} is waiting for our staff to review it. We will email you when it is approved, with a link to update it later.`
            : `${state.name} has already been reviewed; we emailed you the decision.`}
        </Alert>
      ) : (
        <ErrorAlert title="Could not confirm">{state.message}</ErrorAlert>
      )}
      <Group>
        <Button component={Link} to="/directory" variant="default">
          Go to the directory
        </Button>
      </Group>
    </Page>
  );
}
