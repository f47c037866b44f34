import { normalizeDomain } from '@confer/libs/membership';
import { TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { FormShell } from '../../../ui/form-shell.component';

interface AddDomainFormProps {
  /** Resolves when the API accepted the domain; rejects with its error. */
  onAdd: (domain: string) => Promise<unknown>;
  description?: string;
  label?: string;
}

export function AddDomainForm({ onAdd, description, label = 'Domain' }: AddDomainFormProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const domain = normalizeDomain(value.replace(/^@/, ''));
    if (!domain) {
      setError('Enter a domain like hospital.org (no https://, no @).');
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await onAdd(domain);
      setValue('');
    } catch (thrown) {
      const apiError = toApiError(thrown);
      setError(apiError.fields.domain ?? apiError.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormShell label="Add a domain" onSubmit={onSubmit} submitLabel="Add domain" loading={busy} gap="xs">
      <TextInput
        label={label}
        description={description}
        placeholder="hospital.org"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        error={error}
        autoCapitalize="none"
        spellCheck={false}
        w="100%"
        maw={360}
      />
    </FormShell>
  );
}
