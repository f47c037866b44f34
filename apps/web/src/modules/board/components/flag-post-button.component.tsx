import { useMutation } from '@apollo/client/react';
import { Alert, Button, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { FlagReason } from '../../../gql/graphql';
import { FormShell } from '../../../ui/form-shell.component';
import { useViewer } from '../../accounts/hooks/use-viewer.hook';
import { FLAG_REASONS } from '../board-labels.util';
import { flagForumPostMutation } from '../graphql/board-tools.graphql';

const FIELDS = ['reason', 'note'] as const;

interface FlagPostButtonProps {
  postId: string;
  /** The post's accessible name, e.g. "Post 3 by Avery Quinn". */
  label: string;
}

/** "Flag": tell the moderators what is wrong with someone else's post (signed-in readers; a reason and an optional note). */
export function FlagPostButton({ postId, label }: FlagPostButtonProps) {
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  if (!viewer) return null;
  return (
    <>
      <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setOpen(true)} aria-label={`Flag ${label} for the moderators`}>
        Flag
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Flag this post for the moderators" centered>
        {open ? <FlagForm postId={postId} onDone={() => setOpen(false)} /> : null}
      </Modal>
    </>
  );
}

function FlagForm({ postId, onDone }: { postId: string; onDone: () => void }) {
  const [flag, { loading }] = useMutation(flagForumPostMutation);
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState('');
  const [alreadyFlagged, setAlreadyFlagged] = useState(false);
  const errors = useApiError(FIELDS);

  const onSubmit = errors.handleSubmit(
    () => ({ reason: !reason && 'Choose what is wrong with the post.' }),
    async () => {
      try {
        await flag({ variables: { input: { postId, reason: reason!, note: note.trim() || null } } });
      } catch (error) {
        if (toApiError(error).reason !== 'ALREADY_FLAGGED') throw error;
        setAlreadyFlagged(true);
        return;
      }
      notifications.show({ message: 'Thank you: the moderators will look at this post.' });
      onDone();
    },
  );

  if (alreadyFlagged) {
    return (
      <Stack gap="sm">
        <Alert color="blue" variant="light" role="status" title="Already flagged">
          You flagged this post before, and the moderators have it on their list. There is nothing more to do.
        </Alert>
        <Button variant="default" onClick={onDone} data-autofocus>
          Close
        </Button>
      </Stack>
    );
  }

  return (
    <FormShell
      label="Flag this post"
      onSubmit={onSubmit}
      submitLabel="Send to the moderators"
      loading={loading}
      alertMessage={errors.alertMessage}
      gap="sm"
      extraActions={
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      }
    >
      <Radio.Group
        label="What is wrong?"
        description="Only the moderators see who flagged a post."
        value={reason}
        onChange={(value) => setReason(value as FlagReason)}
        error={errors.fieldError('reason')}
        required
      >
        <Stack gap="xs" mt="xs">
          {FLAG_REASONS.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} description={option.description} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label="Note for the moderators (optional)"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errors.fieldError('note')}
        maxLength={500}
        autosize
        minRows={2}
      />
    </FormShell>
  );
}
