import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { removeDirectoryListingMutation } from '../graphql/directory.graphql';

/** Staff: take a listing off the list, with a reason emailed to its submitter. */
export function RemoveListingButton({ id, name, onRemoved }: { id: string; name: string; onRemoved: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(removeDirectoryListingMutation);
  const submit = async () => {
    if (reason.trim().length < 3) {
      setError('Tell the submitter why (they receive this text).');
      return;
    }
    try {
      await remove({ variables: { id, reason: reason.trim() } });
      setOpen(false);
      notifications.show({ message: `${name} was removed; the submitter was told why.` });
      onRemoved();
    } catch (e) {
      setError(toApiError(e).message);
    }
  };
  return (
    <>
      <Group>
        <Button size="xs" variant="default" color="red" onClick={() => setOpen(true)} aria-label={`Remove ${name}`}>
          Remove
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Remove ${name}?`}>
        <Stack>
          <Textarea label="Reason" description="Emailed to the submitter." autosize minRows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error} data-autofocus />
          <Group>
            <Button color="red" loading={loading} onClick={() => void submit()}>
              Remove from the list
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
