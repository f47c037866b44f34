import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useApiError } from '../apollo/use-api-error.hook';
import { AccountPage } from '../modules/accounts/components/account-page.component';
import { EmailField } from '../modules/accounts/components/email-field.component';
import { logInMutation } from '../modules/accounts/graphql/auth.graphql';
import { safeNextPath } from '../modules/accounts/safe-next-path.util';
import { FormShell } from '../ui/form-shell.component';
import { PasswordField } from '../ui/password-field.component';

const FIELDS = ['email', 'password'] as const;

export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [logIn, { loading }] = useMutation(logInMutation);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const errors = useApiError(FIELDS);

  const onSubmit = errors.handleSubmit(
    () => ({
      email: email.trim().length === 0 && 'Enter your email address.',
      password: password.length === 0 && 'Enter your password.',
    }),
    async () => {
      await logIn({ variables: { input: { email: email.trim(), password } } });
      // Forget anything cached for the visitor and ask the server who is signed in now.
      await client.resetStore();
      navigate(safeNextPath(params.get('next')), { replace: true });
    },
  );

  return (
    <AccountPage title="Log in">
      <FormShell
        label="Log in to Confer"
        onSubmit={onSubmit}
        alertMessage={errors.alertMessage}
        alertTitle="Could not log in"
        submitLabel="Log in"
        submitWidth="full"
        loading={loading}
        footer={
          <Group justify="space-between" gap="xs">
            <Anchor component={Link} to="/forgot-password" size="sm">
              Forgot your password?
            </Anchor>
            <Text size="sm">
              New here?{' '}
              <Anchor component={Link} to="/signup">
                Join Confer
              </Anchor>
            </Text>
          </Group>
        }
      >
        <EmailField value={email} onChange={setEmail} error={errors.fieldError('email')} autoComplete="username" />
        <PasswordField
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.fieldError('password')}
          required
        />
      </FormShell>
    </AccountPage>
  );
}
