import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import type { Viewer } from '../modules/accounts/hooks/use-viewer.hook';
import { SECTIONS } from './nav-items.config';

interface MainNavProps {
  viewer: Viewer | null;
  isStaff: boolean;
  isModerator: boolean;
  onNavigate: () => void;
}

interface Item {
  to: string;
  label: string;
}

export function MainNav({ viewer, isStaff, isModerator, onNavigate }: MainNavProps) {
  const { pathname } = useLocation();
  const organizations: Item[] = (viewer?.administeredOrganizations ?? []).map((org, _i, all) => ({
    to: `/org/${org.id}`,
    label: all.length > 1 ? `My organization: ${org.name}` : 'My organization',
  }));

  const renderItem = (item: Item) => {
    const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={item.label}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      />
    );
  };

  return (
    <Stack gap={2}>
      {SECTIONS.map((section) => renderItem({ to: section.path, label: section.label }))}
      {organizations.length > 0 || isStaff || isModerator ? (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" aria-hidden>
          Manage
        </Text>
      ) : null}
      {organizations.map(renderItem)}
      {isModerator ? renderItem({ to: '/moderation', label: 'Moderation' }) : null}
      {isStaff ? renderItem({ to: '/admin', label: 'Admin' }) : null}
    </Stack>
  );
}
