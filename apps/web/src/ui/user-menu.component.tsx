import { Avatar, Button, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useLocation } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useSessionActions } from '../modules/accounts/hooks/use-session-actions.hook';
import type { Viewer } from '../modules/accounts/hooks/use-viewer.hook';

export function UserMenu({ viewer }: { viewer: Viewer | null }) {
  const { pathname } = useLocation();
  if (!viewer) {
    return (
      <Group gap="xs" wrap="nowrap">
        {pathname !== '/login' ? (
          <Button component={Link} to="/login" variant="default" size="compact-md">
            Log in
          </Button>
        ) : null}
        {pathname !== '/signup' ? (
          <Button component={Link} to="/signup" size="compact-md">
            Join
          </Button>
        ) : null}
      </Group>
    );
  }
  return <SignedInMenu viewer={viewer} />;
}

function SignedInMenu({ viewer }: { viewer: Viewer }) {
  const { logOut, logOutEverywhere } = useSessionActions();
  const run = (action: () => Promise<void>, done: string) => async () => {
    try {
      await action();
      notifications.show({ message: done });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not log out', message: toApiError(error).message });
    }
  };
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton p={4}>
          {/* Named by its content (not aria-label), so the visible initials never contradict the name. */}
          <VisuallyHidden>Account menu for {viewer.displayName}</VisuallyHidden>
          <Group gap="xs" wrap="nowrap">
            {/* The initials are decoration: the button's name is the person's name, not "AM". */}
            <Avatar name={viewer.displayName} color="initials" size="sm" alt="" aria-hidden="true" />
            <Text size="sm" fw={500} visibleFrom="xs" maw={160} truncate aria-hidden="true">
              {viewer.displayName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile">
          Profile
        </Menu.Item>
        <Menu.Item component={Link} to="/membership">
          My membership
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={run(logOut, 'You are logged out.')}>Log out</Menu.Item>
        <Menu.Item onClick={run(logOutEverywhere, 'You are logged out on every device.')}>
          Log out everywhere
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
