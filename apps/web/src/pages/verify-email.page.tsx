import { useMutation } from '@apollo/client/react';
import { Button, Paper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { toApiError, type ApiError } from '../apollo/api-error.util';
import { AccountResultPage } from '../modules/accounts/components/account-page.component';
import { EmailLinkForm } from '../modules/accounts/components/email-link-form.component';
import { requestEmailVerificationMutation, verifyEmailMutation } from '../modules/accounts/graphql/auth.graphql';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

type State = { status: 'pending' } | { status: 'verified' } | { status: 'failed'; error: ApiError };

export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verifyEmail] = useMutation(verifyEmailMutation, { refetchQueries: ['Me'] });
  const [state, setState] = useState<State>({ status: 'pending' });
  const attempted = useRef<string | null>(null);

  useEffect(() => {
    // A token works once: never send it twice (React may run effects twice in development).
    if (attempted.current === token) return;
    attempted.current = token;
    if (!token) {
      setState({
        status: 'failed',
        error: { code: 'BAD_USER_INPUT', reason: null, message: 'This link is incomplete. Copy the whole link from the email.', fields: {} },
      });
      return;
    }
    verifyEmail({ variables: { token } })
      .then(() => setState({ status: 'verified' }))
      .catch((error: unknown) => setState({ status: 'failed', error: toApiError(error) }));
  }, [token, verifyEmail]);

  if (state.status === 'pending') {
    return (
      <Page title="Verifying your email" size="xs">
        <Loading label="Verifying your email" />
      </Page>
    );
  }
  if (state.status === 'verified') return <VerifiedView />;
  return (
    <Page title="We could not verify your email" size="xs">
      <ErrorAlert title="Verification failed">{state.error.message}</ErrorAlert>
      <RequestNewLink />
    </Page>
  );
}

function VerifiedView() {
  const { viewer } = useViewer();
  return (
    <AccountResultPage title="Email verified" status="Thank you. Your email address is confirmed and your account is ready.">
      {viewer ? (
        <Button component={Link} to="/membership">
          See my membership
        </Button>
      ) : (
        <Button component={Link} to="/login">
          Log in
        </Button>
      )}
    </AccountResultPage>
  );
}

function RequestNewLink() {
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(requestEmailVerificationMutation);
  if (sent) {
    return (
      <Text role="status">If this address has an account waiting for verification, we sent a new link.</Text>
    );
  }
  return (
    <Paper withBorder p="lg">
      <EmailLinkForm
        label="Request a new verification link"
        intro={<Text>Links expire and work only once. Ask for a new one:</Text>}
        alertTitle="No new link sent"
        submitLabel="Send a new link"
        send={(email) => request({ variables: { email } })}
        onSent={() => setSent(true)}
        loading={loading}
      />
    </Paper>
  );
}
