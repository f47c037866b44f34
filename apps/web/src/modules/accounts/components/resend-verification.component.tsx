import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { requestEmailVerificationMutation } from '../graphql/auth.graphql';

/** "Send the link again": the answer never says whether the address has an account. */
export function ResendVerification({ email }: { email: string }) {
  const [resend, { loading }] = useMutation(requestEmailVerificationMutation);
  const [message, setMessage] = useState<string | null>(null);

  const onClick = async () => {
    try {
      await resend({ variables: { email } });
      setMessage('If this address has an account waiting for verification, we sent a new link.');
    } catch (error) {
      setMessage(toApiError(error).message);
    }
  };

  return (
    <div>
      <Button variant="light" onClick={onClick} loading={loading}>
        Send the link again
      </Button>
      <Text size="sm" mt="xs" role="status">
        {message}
      </Text>
    </div>
  );
}
