import { isPlausibleEmail } from '@confer/libs/text';
import { useState, type ReactNode } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { FormShell } from '../../../ui/form-shell.component';
import { EmailField } from './email-field.component';

interface EmailLinkFormProps {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  alertTitle?: string;
  intro?: ReactNode;
  /** Asks the API to email a link; rejects with its error. */
  send: (email: string) => Promise<unknown>;
  /** Called with the trimmed address once the API accepted it. */
  onSent: (email: string) => void;
  loading?: boolean;
}

/** "Email me a link": one address, checked here first, then sent to the API. */
export function EmailLinkForm({ label, submitLabel, alertTitle, intro, send, onSent, loading }: EmailLinkFormProps) {
  const [email, setEmail] = useState('');
  const errors = useApiError(['email']);

  const onSubmit = errors.handleSubmit(
    () => ({ email: !isPlausibleEmail(email.trim()) && 'Enter a valid email address.' }),
    async () => {
      await send(email.trim());
      onSent(email.trim());
    },
  );

  return (
    <FormShell
      label={label}
      onSubmit={onSubmit}
      intro={intro}
      alertMessage={errors.alertMessage}
      alertTitle={alertTitle}
      submitLabel={submitLabel}
      submitWidth="full"
      loading={loading}
    >
      <EmailField value={email} onChange={setEmail} error={errors.fieldError('email')} />
    </FormShell>
  );
}
