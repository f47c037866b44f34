import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { FormShell } from '../../../ui/form-shell.component';
import { ReasonField } from './reason-field.component';

export interface ReasonRequest {
  title: string;
  /** One line on what happens. */
  description?: string;
  confirmLabel: string;
  run: (reason: string) => Promise<unknown>;
}

const FIELDS = ['reason'] as const;

/** Asks a moderator why (it goes to the action log), then runs the action. */
export function ReasonModal({ request, onClose }: { request: ReasonRequest | null; onClose: () => void }) {
  return (
    <Modal opened={request !== null} onClose={onClose} title={request?.title} centered>
      {request ? <ReasonForm request={request} onDone={onClose} /> : null}
    </Modal>
  );
}

function ReasonForm({ request, onDone }: { request: ReasonRequest; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useApiError(FIELDS);
  const onSubmit = errors.handleSubmit(
    () => ({ reason: !reason.trim() && 'Give a reason: it goes to the action log.' }),
    async () => {
      setBusy(true);
      try {
        await request.run(reason.trim());
        onDone();
      } finally {
        setBusy(false);
      }
    },
  );
  return (
    <FormShell label={request.title} onSubmit={onSubmit} submitLabel={request.confirmLabel} loading={busy} alertMessage={errors.alertMessage} gap="sm">
      <ReasonField value={reason} onChange={setReason} error={errors.fieldError('reason')} description={request.description} autoFocus />
    </FormShell>
  );
}
