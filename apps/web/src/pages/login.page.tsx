import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useApiError } from '../apollo/use-api-error.hook';
import { logInMutation } from '../modules/accounts/graphql/auth.graphql';
import { safeNextPath } from '../modules/accounts/safe-next-path.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Page } from '../ui/page.component';
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (email.trim().length === 0) local.email = 'Enter your email address.';
    if (password.length === 0) local.password = 'Enter your password.';
    if (Object.keys(local).length > 0) {
      errors.setFieldErrors(local);
      return;
    }
    errors.clear();
    try {
      await logIn({ variables: { input: { email: email.trim(), password } } });
      // Forget anything cached for the visitor and ask the server who is signed in now.
      await client.resetStore();
      navigate(safeNextPath(params.get('next')), { replace: true });
    } catch (error) {
      errors.capture(error);
    }
  };

  return (
    <Page title="Log in" size="xs">
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate aria-label="Log in to Confer">
          <Stack>
            {errors.alertMessage ? <ErrorAlert title="Could not log in">{errors.alertMessage}</ErrorAlert> : null}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.fieldError('email')}
              required
            />
            <PasswordField
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.fieldError('password')}
              required
            />
            <Button type="submit" loading={loading}>
              Log in
            </Button>
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
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
