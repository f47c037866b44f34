import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useUnreadNotifications } from '../hooks/use-unread-notifications.hook';
import { unreadLabel } from '../notification-labels.util';

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden focusable="false">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: the live unread count, and the way to the notifications page. */
export function NotificationBell({ viewerId }: { viewerId: string }) {
  const count = useUnreadNotifications(viewerId);
  const label = unreadLabel(count);
  return (
    <Tooltip label="Notifications" withinPortal>
      <Indicator label={label.badge} size={18} color="red" disabled={count === 0} offset={4} inline>
        <ActionIcon component={Link} to="/notifications" variant="subtle" color="gray" size="lg" aria-label={label.aria}>
          <BellIcon />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
