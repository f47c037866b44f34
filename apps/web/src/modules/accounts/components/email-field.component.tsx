import { TextInput } from '@mantine/core';

interface EmailFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** `username` where the address signs in, so password managers pair it with the password. */
  autoComplete?: 'email' | 'username';
}

/** The account's email address, as typed on the account pages. */
export function EmailField({ value, onChange, error, autoComplete = 'email' }: EmailFieldProps) {
  return (
    <TextInput
      label="Email"
      type="email"
      autoComplete={autoComplete}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      required
    />
  );
}
