import { PasswordField } from '../../../ui/password-field.component';
import { PasswordHint } from './password-hint.component';

interface NewPasswordFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  label?: string;
  /** The account's email and name: the policy rejects passwords built from them. */
  email?: string;
  displayName?: string;
}

/** A password being chosen, with the policy's live hint under it. */
export function NewPasswordField({ value, onChange, error, label = 'New password', email, displayName }: NewPasswordFieldProps) {
  return (
    <PasswordField
      label={label}
      autoComplete="new-password"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      description={<PasswordHint password={value} email={email} displayName={displayName} />}
      error={error}
      required
    />
  );
}
