import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { toApiError } from '../apollo/api-error.util';
import { ChangePasswordForm } from '../modules/accounts/components/change-password-form.component';
import { CredentialsBadge } from '../modules/accounts/components/credentials-badge.component';
import { ProfileForm } from '../modules/accounts/components/profile-form.component';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { useSessionActions } from '../modules/accounts/hooks/use-session-actions.hook';
import { NotificationSettings } from '../modules/notifications/components/notification-settings.component';
import type { Viewer } from '../modules/accounts/hooks/use-viewer.hook';
import { Page } from '../ui/page.component';

export function ProfilePage() {
  return <RequireViewer>{(viewer) => <ProfileContent viewer={viewer} />}</RequireViewer>;
}

function ProfileContent({ viewer }: { viewer: Viewer }) {
  return (
    <Page title="Profile" size="sm" intro="What other members see next to your posts and bookings.">
      <Paper withBorder p="lg" component="section" aria-labelledby="profile-heading">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h3" id="profile-heading">
            Your profile
          </Title>
          <CredentialsBadge verified={viewer.credentialsVerified} />
        </Group>
        <Text size="sm" mb="md">
          Signed in as <strong>{viewer.email}</strong>
        </Text>
        <ProfileForm key={viewer.id} viewer={viewer} />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="password-heading">
        <Title order={2} size="h3" id="password-heading" mb="md">
          Password
        </Title>
        <ChangePasswordForm viewer={viewer} />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="notifications-heading" id="notifications">
        <Title order={2} size="h3" id="notifications-heading" mb="md">
          Notifications
        </Title>
        <NotificationSettings />
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="sessions-heading">
        <Title order={2} size="h3" id="sessions-heading" mb="xs">
          Sessions
        </Title>
        <LogOutEverywhere />
      </Paper>
    </Page>
  );
}

function LogOutEverywhere() {
  const [opened, { open, close }] = useDisclosure(false);
  const { logOutEverywhere, pending } = useSessionActions();
  const confirm = async () => {
    try {
      await logOutEverywhere();
      notifications.show({ message: 'You are logged out on every device.' });
    } catch (error) {
      close();
      notifications.show({ color: 'red', title: 'Could not log out', message: toApiError(error).message });
    }
  };
  return (
    <Stack gap="sm" align="flex-start">
      <Text>Lost a phone or used a shared computer? End every session of your account, including this one.</Text>
      <Button color="red" variant="outline" onClick={open}>
        Log out everywhere
      </Button>
      <Modal opened={opened} onClose={close} title="Log out everywhere?" centered>
        <Stack>
          <Text>You will be logged out on every device and browser, including this one.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color="red" onClick={confirm} loading={pending}>
              Log out everywhere
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
