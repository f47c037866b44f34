import { checkPassword } from '@confer/libs/password-policy';
import { useMutation } from '@apollo/client/react';
import { Anchor, Button } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApiError } from '../apollo/use-api-error.hook';
import { AccountPage, AccountResultPage } from '../modules/accounts/components/account-page.component';
import { NewPasswordField } from '../modules/accounts/components/new-password-field.component';
import { resetPasswordMutation } from '../modules/accounts/graphql/auth.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { FormShell } from '../ui/form-shell.component';
import { Page } from '../ui/page.component';

const FIELDS = ['newPassword'] as const;

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const [resetPassword, { loading }] = useMutation(resetPasswordMutation);
  const errors = useApiError(FIELDS);

  const onSubmit = errors.handleSubmit(
    () => {
      const check = checkPassword(newPassword);
      return { newPassword: !check.ok && check.message };
    },
    async () => {
      await resetPassword({ variables: { input: { token, newPassword } } });
      setDone(true);
    },
  );

  if (!token) {
    return (
      <Page title="Reset your password" size="xs">
        <ErrorAlert title="This link is incomplete">
          Copy the whole link from the email, or{' '}
          <Anchor component={Link} to="/forgot-password">
            ask for a new one
          </Anchor>
          .
        </ErrorAlert>
      </Page>
    );
  }

  if (done) {
    return (
      <AccountResultPage title="Password changed" status="Your new password is set. You can now log in with it.">
        <Button component={Link} to="/login">
          Log in
        </Button>
      </AccountResultPage>
    );
  }

  return (
    <AccountPage title="Choose a new password">
      <FormShell
        label="Choose a new password"
        onSubmit={onSubmit}
        alertMessage={errors.alertMessage}
        alertTitle="Could not reset your password"
        alertAction={
          <Anchor component={Link} to="/forgot-password">
            Ask for a new link
          </Anchor>
        }
        submitLabel="Set new password"
        submitWidth="full"
        loading={loading}
      >
        <NewPasswordField value={newPassword} onChange={setNewPassword} error={errors.fieldError('newPassword')} />
      </FormShell>
    </AccountPage>
  );
}
