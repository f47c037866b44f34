import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { DirectoryReviewQueueQuery } from '../../../gql/graphql';
import { approveDirectorySubmissionMutation, rejectDirectorySubmissionMutation } from '../graphql/directory.graphql';
import { ListingCard } from './listing-card.component';

type Item = DirectoryReviewQueueQuery['directoryReviewQueue']['nodes'][number];

const MATCH_LABEL = { WEBSITE: 'same website', NAME: 'similar name' } as const;

/** One submission with what it would replace and its likely duplicates side by side, and the two decisions. */
export function ReviewItem({ item, onDone }: { item: Item; onDone: () => void }) {
  const [approve, approving] = useMutation(approveDirectorySubmissionMutation);
  const [reject, rejecting] = useMutation(rejectDirectorySubmissionMutation);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const headingId = `review-${item.id}`;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      notifications.show({ message: done });
      onDone();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not save the decision', message: toApiError(error).message });
    }
  };
  const onReject = () => {
    if (reason.trim().length < 3) {
      setReasonError('Tell the submitter why (they receive this text).');
      return;
    }
    setReasonError(null);
    void run(() => reject({ variables: { id: item.id, reason: reason.trim() } }), `${item.name} rejected; the submitter was told why.`);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {item.name}
          </Title>
          <Badge color={item.kind === 'UPDATE' ? 'grape' : 'blue'}>{item.kind === 'UPDATE' ? 'Update' : 'New listing'}</Badge>
        </Group>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          From {item.submitterEmail}, confirmed {item.confirmedAt ? new Date(item.confirmedAt as string).toLocaleString() : '—'}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <ListingCard listing={item} headingLevel={3} label={<Badge variant="light">Submitted</Badge>} />
          {item.currentListing ? <ListingCard listing={item.currentListing} headingLevel={3} label={<Badge variant="light" color="gray">Listed now</Badge>} /> : null}
          {item.duplicates.map((d) => (
            <ListingCard
              key={`${d.source}-${d.id}`}
              listing={d}
              headingLevel={3}
              label={
                <Badge variant="outline" color="#a63c06" tt="none">
                  Possible duplicate: {d.source === 'LISTED' ? 'listed' : 'also waiting'}, {d.matchedOn.map((m) => MATCH_LABEL[m]).join(' and ')}
                </Badge>
              }
            />
          ))}
        </SimpleGrid>
        {item.duplicates.length === 0 && !item.currentListing ? (
          <Text size="sm" c="dimmed">
            No likely duplicates (same website or similar name).
          </Text>
        ) : null}
        <Textarea
          label="Reason, if you reject it"
          description="Emailed to the submitter."
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError}
        />
        <Group gap="sm">
          <Button color="#1e6b30" loading={approving.loading} onClick={() => void run(() => approve({ variables: { id: item.id } }), `${item.name} is now listed.`)}>
            Approve
          </Button>
          <Button color="red" variant="light" loading={rejecting.loading} onClick={onReject}>
            Reject
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
