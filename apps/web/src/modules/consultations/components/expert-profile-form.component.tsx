import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { ExpertAvailabilityFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { updateProfileMutation } from '../graphql/consultations.graphql';

/** Headline, topics (the directory filters by them) and whether bookings are open. */
export function ExpertProfileForm({ availability: a }: { availability: ExpertAvailabilityFieldsFragment }) {
  const [headline, setHeadline] = useState(a.headline ?? '');
  const [topics, setTopics] = useState<string[]>(a.topics);
  const [accepting, setAccepting] = useState(a.accepting);
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(updateProfileMutation);
  const submit = async () => {
    setSaved(false);
    await save({ variables: { input: { headline: headline.trim() || null, topics, accepting } } }).then(() => setSaved(true), () => undefined);
  };
  return (
    <Stack gap="sm">
      <TextInput label="Headline" value={headline} onChange={(e) => setHeadline(e.currentTarget.value)} maxLength={200} />
      <TagsInput label="Topics" description="Press Enter after each topic." value={topics} onChange={setTopics} maxTags={12} />
      <Switch label="Taking bookings" checked={accepting} onChange={(e) => setAccepting(e.currentTarget.checked)} />
      {error ? <ErrorAlert title="Not saved">{toApiError(error).message}</ErrorAlert> : null}
      {saved ? <Text c="green" role="status">Saved.</Text> : null}
      <Group>
        <Button variant="light" onClick={submit} loading={loading}>
          Save profile
        </Button>
      </Group>
    </Stack>
  );
}
