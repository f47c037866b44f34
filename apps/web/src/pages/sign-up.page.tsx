import { checkPassword } from '@confer/libs/password-policy';
import { isPlausibleEmail } from '@confer/libs/text';
import { useMutation } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiError } from '../apollo/use-api-error.hook';
import { AccountPage, AccountResultPage } from '../modules/accounts/components/account-page.component';
import { DisplayNameField } from '../modules/accounts/components/display-name-field.component';
import { EmailField } from '../modules/accounts/components/email-field.component';
import { NewPasswordField } from '../modules/accounts/components/new-password-field.component';
import { ResendVerification } from '../modules/accounts/components/resend-verification.component';
import { TimeZoneSelect } from '../modules/accounts/components/time-zone-select.component';
import { signUpMutation } from '../modules/accounts/graphql/auth.graphql';
import { browserTimeZone } from '../modules/accounts/hooks/use-time-zones.hook';
import { displayNameProblem, timeZoneProblem } from '../modules/accounts/profile-checks.util';
import { FormShell } from '../ui/form-shell.component';

const FIELDS = ['email', 'password', 'displayName', 'timeZone'] as const;

export function SignUpPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [signUp, { loading }] = useMutation(signUpMutation);
  const errors = useApiError(FIELDS);
  const trimmedEmail = email.trim();

  const onSubmit = errors.handleSubmit(
    () => {
      const check = checkPassword(password, { email: trimmedEmail, displayName });
      return {
        email: !isPlausibleEmail(trimmedEmail) && 'Enter a valid email address, like name@hospital.org.',
        password: !check.ok && check.message,
        displayName: displayNameProblem(displayName),
        timeZone: timeZoneProblem(timeZone),
      };
    },
    async () => {
      await signUp({
        variables: { input: { email: trimmedEmail, password, displayName: displayName.trim(), timeZone } },
      });
      // The same answer whether or not the address already had an account.
      setSentTo(trimmedEmail);
    },
  );

  if (sentTo) {
    return (
      <AccountResultPage
        title="Check your email"
        status={
          <>
            We sent a message to <strong>{sentTo}</strong>. Open the link in it to verify your email
            address and finish creating your account.
          </>
        }
      >
        <Text size="sm" c="dimmed">
          If you already have an account with this address, the message tells you how to log in
          instead. The link works for a limited time.
        </Text>
        <ResendVerification email={sentTo} />
      </AccountResultPage>
    );
  }

  return (
    <AccountPage title="Join Confer" intro="Create a free guest account. You can upgrade to premium at any time.">
      <FormShell
        label="Create an account"
        onSubmit={onSubmit}
        alertMessage={errors.alertMessage}
        alertTitle="We could not create your account"
        submitLabel="Create account"
        submitWidth="full"
        loading={loading}
        footer={
          <Text size="sm">
            Already a member?{' '}
            <Anchor component={Link} to="/login">
              Log in
            </Anchor>
          </Text>
        }
      >
        <EmailField value={email} onChange={setEmail} error={errors.fieldError('email')} />
        <NewPasswordField
          label="Password"
          value={password}
          onChange={setPassword}
          email={email}
          displayName={displayName}
          error={errors.fieldError('password')}
        />
        <DisplayNameField
          description="Shown to other members, e.g. “Dr. Jane Smith”."
          value={displayName}
          onChange={setDisplayName}
          error={errors.fieldError('displayName')}
        />
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={errors.fieldError('timeZone')} />
      </FormShell>
    </AccountPage>
  );
}
