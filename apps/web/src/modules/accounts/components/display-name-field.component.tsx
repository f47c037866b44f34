import { TextInput } from '@mantine/core';

interface DisplayNameFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
}

/** The name other members see. */
export function DisplayNameField({ value, onChange, error, description }: DisplayNameFieldProps) {
  return (
    <TextInput
      label="Display name"
      description={description}
      autoComplete="name"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      maxLength={100}
      required
    />
  );
}
