import { checkPassword } from '@confer/libs/password-policy';
import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApiError } from '../apollo/use-api-error.hook';
import { PasswordHint } from '../modules/accounts/components/password-hint.component';
import { resetPasswordMutation } from '../modules/accounts/graphql/auth.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Page } from '../ui/page.component';
import { PasswordField } from '../ui/password-field.component';

const FIELDS = ['newPassword'] as const;

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const [resetPassword, { loading }] = useMutation(resetPasswordMutation);
  const errors = useApiError(FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkPassword(newPassword);
    if (!check.ok) {
      errors.setFieldErrors({ newPassword: check.message });
      return;
    }
    errors.clear();
    try {
      await resetPassword({ variables: { input: { token, newPassword } } });
      setDone(true);
    } catch (error) {
      errors.capture(error);
    }
  };

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
      <Page title="Password changed" size="xs">
        <Paper withBorder p="lg">
          <Stack>
            <Text role="status">Your new password is set. You can now log in with it.</Text>
            <Button component={Link} to="/login">
              Log in
            </Button>
          </Stack>
        </Paper>
      </Page>
    );
  }

  return (
    <Page title="Choose a new password" size="xs">
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate aria-label="Choose a new password">
          <Stack>
            {errors.alertMessage ? (
              <ErrorAlert title="Could not reset your password">
                {errors.alertMessage}{' '}
                <Anchor component={Link} to="/forgot-password">
                  Ask for a new link
                </Anchor>
              </ErrorAlert>
            ) : null}
            <PasswordField
              label="New password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.currentTarget.value)}
              description={<PasswordHint password={newPassword} />}
              error={errors.fieldError('newPassword')}
              required
            />
            <Button type="submit" loading={loading}>
              Set new password
            </Button>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
