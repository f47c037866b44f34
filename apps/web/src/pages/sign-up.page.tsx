import { checkPassword } from '@confer/libs/password-policy';
import { isPlausibleEmail } from '@confer/libs/text';
import { isValidTimeZone } from '@confer/libs/time-zone';
import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useApiError } from '../apollo/use-api-error.hook';
import { PasswordHint } from '../modules/accounts/components/password-hint.component';
import { ResendVerification } from '../modules/accounts/components/resend-verification.component';
import { TimeZoneSelect } from '../modules/accounts/components/time-zone-select.component';
import { signUpMutation } from '../modules/accounts/graphql/auth.graphql';
import { browserTimeZone } from '../modules/accounts/hooks/use-time-zones.hook';
import { ErrorAlert } from '../ui/error-alert.component';
import { Page } from '../ui/page.component';
import { PasswordField } from '../ui/password-field.component';

const FIELDS = ['email', 'password', 'displayName', 'timeZone'] as const;

export function SignUpPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [signUp, { loading }] = useMutation(signUpMutation);
  const errors = useApiError(FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmedEmail = email.trim();
    const local: Record<string, string> = {};
    if (!isPlausibleEmail(trimmedEmail)) local.email = 'Enter a valid email address, like name@hospital.org.';
    const check = checkPassword(password, { email: trimmedEmail, displayName });
    if (!check.ok) local.password = check.message;
    if (displayName.trim().length === 0) local.displayName = 'Enter the name other members will see.';
    if (!isValidTimeZone(timeZone)) local.timeZone = 'Choose a time zone from the list.';
    if (Object.keys(local).length > 0) {
      errors.setFieldErrors(local);
      return;
    }
    errors.clear();
    try {
      await signUp({
        variables: { input: { email: trimmedEmail, password, displayName: displayName.trim(), timeZone } },
      });
      // The same answer whether or not the address already had an account.
      setSentTo(trimmedEmail);
    } catch (error) {
      errors.capture(error);
    }
  };

  if (sentTo) {
    return (
      <Page title="Check your email" size="xs">
        <Paper withBorder p="lg">
          <Stack>
            <Text role="status">
              We sent a message to <strong>{sentTo}</strong>. Open the link in it to verify your email
              address and finish creating your account.
            </Text>
            <Text size="sm" c="dimmed">
              If you already have an account with this address, the message tells you how to log in
              instead. The link works for a limited time.
            </Text>
            <ResendVerification email={sentTo} />
          </Stack>
        </Paper>
      </Page>
    );
  }

  return (
    <Page title="Join Confer" intro="Create a free guest account. You can upgrade to premium at any time." size="xs">
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate aria-label="Create an account">
          <Stack>
            {errors.alertMessage ? <ErrorAlert title="We could not create your account">{errors.alertMessage}</ErrorAlert> : null}
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.fieldError('email')}
              required
            />
            <PasswordField
              label="Password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              description={<PasswordHint password={password} email={email} displayName={displayName} />}
              error={errors.fieldError('password')}
              required
            />
            <TextInput
              label="Display name"
              description="Shown to other members, e.g. “Dr. Jane Smith”."
              autoComplete="name"
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={errors.fieldError('displayName')}
              maxLength={100}
              required
            />
            <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={errors.fieldError('timeZone')} />
            <Button type="submit" loading={loading}>
              Create account
            </Button>
            <Text size="sm">
              Already a member?{' '}
              <Anchor component={Link} to="/login">
                Log in
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
