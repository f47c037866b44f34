import { useMutation } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { AccountPage, AccountResultPage } from '../modules/accounts/components/account-page.component';
import { EmailLinkForm } from '../modules/accounts/components/email-link-form.component';
import { requestPasswordResetMutation } from '../modules/accounts/graphql/auth.graphql';

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading }] = useMutation(requestPasswordResetMutation);

  if (sentTo) {
    return (
      <AccountResultPage
        title="Check your email"
        status={
          <>
            If an account exists for <strong>{sentTo}</strong>, we sent a link to reset its password.
            The link works once and for a limited time.
          </>
        }
      >
        <Anchor component={Link} to="/login">
          Back to log in
        </Anchor>
      </AccountResultPage>
    );
  }

  return (
    <AccountPage title="Reset your password" intro="Enter your account’s email and we will send you a link.">
      <EmailLinkForm
        label="Request a password reset link"
        submitLabel="Send reset link"
        send={(email) => requestReset({ variables: { email } })}
        onSent={setSentTo}
        loading={loading}
      />
    </AccountPage>
  );
}
