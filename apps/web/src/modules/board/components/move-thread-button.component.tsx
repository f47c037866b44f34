import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Modal, NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { FormShell } from '../../../ui/form-shell.component';
import { forumCategoriesQuery, forumThreadQuery } from '../graphql/board.graphql';
import { moveForumThreadMutation } from '../graphql/moderation.graphql';
import { ReasonField } from './reason-field.component';

const FIELDS = ['categoryId', 'reason'] as const;

interface MoveThreadButtonProps {
  threadId: string;
  categoryId: string;
}

/** Moderators: move a thread to another category, with a reason for the action log. */
export function MoveThreadButton({ threadId, categoryId }: MoveThreadButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={() => setOpen(true)}>
        Move…
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Move this thread" centered>
        {open ? <MoveForm threadId={threadId} categoryId={categoryId} onDone={() => setOpen(false)} /> : null}
      </Modal>
    </>
  );
}

function MoveForm({ threadId, categoryId, onDone }: MoveThreadButtonProps & { onDone: () => void }) {
  const { data } = useQuery(forumCategoriesQuery);
  const [move] = useMutation(moveForumThreadMutation);
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useApiError(FIELDS);
  const others = (data?.forumCategories ?? []).filter((category) => category.id !== categoryId);

  const onSubmit = errors.handleSubmit(
    () => ({
      categoryId: !target && 'Choose where the thread goes.',
      reason: !reason.trim() && 'Give a reason: it goes to the action log.',
    }),
    async () => {
      setBusy(true);
      try {
        // The thread page reloads the thread to show its new category.
        await move({ variables: { threadId, categoryId: target, reason: reason.trim() }, refetchQueries: [forumThreadQuery], awaitRefetchQueries: true });
        notifications.show({ message: 'Thread moved.' });
        onDone();
      } finally {
        setBusy(false);
      }
    },
  );

  return (
    <FormShell label="Move this thread" onSubmit={onSubmit} submitLabel="Move thread" loading={busy} alertMessage={errors.alertMessage} gap="sm">
      <NativeSelect
        label="New category"
        description="Its readers change with the category: members who cannot read the new one lose access."
        value={target}
        onChange={(e) => setTarget(e.currentTarget.value)}
        data={[{ value: '', label: 'Choose a category' }, ...others.map((category) => ({ value: category.id, label: category.name }))]}
        error={errors.fieldError('categoryId')}
        required
      />
      <ReasonField value={reason} onChange={setReason} error={errors.fieldError('reason')} />
    </FormShell>
  );
}
