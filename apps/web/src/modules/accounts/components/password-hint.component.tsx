import { checkPassword, PASSWORD_MIN_LENGTH } from '@confer/libs/password-policy';
import { Text } from '@mantine/core';

interface PasswordHintProps {
  password: string;
  email?: string;
  displayName?: string;
}

/** Live feedback from the same policy the server enforces; politely announced as it changes. */
export function PasswordHint({ password, email, displayName }: PasswordHintProps) {
  let text = `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password.`;
  let color: string | undefined;
  if (password.length > 0) {
    const check = checkPassword(password, { email, displayName });
    text = check.ok ? 'This password meets the requirements.' : check.message;
    color = check.ok ? 'green.9' : 'orange.9';
  }
  return (
    <Text component="span" size="xs" c={color} aria-live="polite">
      {text}
    </Text>
  );
}
