import { useMutation, useQuery } from '@apollo/client/react';
import { Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { toApiError } from '../../../apollo/api-error.util';
import type { EmailMode } from '../../../gql/graphql';
import { Loading } from '../../../ui/loading.component';
import { notificationPreferencesQuery, setNotificationPreferencesMutation } from '../graphql/notifications.graphql';
import { EMAIL_MODE_OPTIONS } from '../notification-labels.util';

/** How board notifications reach the member by email. Watch levels are set on each thread. */
export function NotificationSettings() {
  const { data, loading } = useQuery(notificationPreferencesQuery);
  const [save] = useMutation(setNotificationPreferencesMutation);
  // The choice shows at once; it goes back if saving fails.
  const [chosen, setChosen] = useState<EmailMode | null>(null);
  if (loading && !data) return <Loading label="Loading your notification settings" />;
  const current = chosen ?? data?.notificationPreferences.emailMode ?? 'IMMEDIATE';

  const change = async (value: string) => {
    setChosen(value as EmailMode);
    try {
      await save({
        variables: { input: { emailMode: value as EmailMode } },
        // The preferences have no id: write the answer where the query reads it.
        update: (cache, { data: result }) => {
          if (result) cache.writeQuery({ query: notificationPreferencesQuery, data: { notificationPreferences: result.setNotificationPreferences } });
        },
      });
      notifications.show({ message: 'Notification settings saved.' });
    } catch (error) {
      setChosen(null);
      notifications.show({ color: 'red', title: 'Could not save', message: toApiError(error).message });
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">
        Emails never contain the title or text of a premium or group thread, only a link. Every email has a one-click unsubscribe link.
      </Text>
      <Radio.Group value={current} onChange={change} label="Board emails" name="email-mode">
        <Stack gap="xs" mt="xs">
          {EMAIL_MODE_OPTIONS.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} description={option.description} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        Which threads you hear about is set on each thread (Watching, Tracking, Normal, Muted). Threads you start are watched; threads you reply to are tracked.
      </Text>
    </Stack>
  );
}
