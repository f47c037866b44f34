import { isPlausibleEmail } from '@confer/libs/text';
import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useApiError } from '../apollo/use-api-error.hook';
import { requestPasswordResetMutation } from '../modules/accounts/graphql/auth.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Page } from '../ui/page.component';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [requestReset, { loading }] = useMutation(requestPasswordResetMutation);
  const errors = useApiError(FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isPlausibleEmail(email.trim())) {
      errors.setFieldErrors({ email: 'Enter a valid email address.' });
      return;
    }
    errors.clear();
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSent(true);
    } catch (error) {
      errors.capture(error);
    }
  };

  if (sent) {
    return (
      <Page title="Check your email" size="xs">
        <Paper withBorder p="lg">
          <Stack>
            <Text role="status">
              If an account exists for <strong>{email.trim()}</strong>, we sent a link to reset its password.
              The link works once and for a limited time.
            </Text>
            <Anchor component={Link} to="/login">
              Back to log in
            </Anchor>
          </Stack>
        </Paper>
      </Page>
    );
  }

  return (
    <Page title="Reset your password" intro="Enter your account’s email and we will send you a link." size="xs">
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate aria-label="Request a password reset link">
          <Stack>
            {errors.alertMessage ? <ErrorAlert>{errors.alertMessage}</ErrorAlert> : null}
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.fieldError('email')}
              required
            />
            <Button type="submit" loading={loading}>
              Send reset link
            </Button>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
