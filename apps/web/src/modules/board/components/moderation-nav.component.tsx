import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';

const LINKS = [
  { to: '/moderation', label: 'Review' },
  { to: '/moderation/log', label: 'Action log' },
];

export function ModerationNav() {
  const { pathname } = useLocation();
  return (
    <Group gap="xs" component="nav" aria-label="Moderation">
      {LINKS.map((link) => {
        const active = pathname === link.to;
        return (
          <Button key={link.to} component={Link} to={link.to} variant={active ? 'light' : 'subtle'} aria-current={active ? 'page' : undefined}>
            {link.label}
          </Button>
        );
      })}
    </Group>
  );
}
