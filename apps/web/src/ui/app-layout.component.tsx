import { Anchor, AppShell, Burger, em, Group, ScrollArea, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery, useWindowEvent } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { NotificationBell } from '../modules/notifications/components/notification-bell.component';
import { Loading } from './loading.component';
import { MainNav } from './main-nav.component';
import { UserMenu } from './user-menu.component';
import classes from './app-layout.module.css';

/** Header with brand and account menu, section navigation (a drawer below 768 px), and the page. */
export function AppLayout() {
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const { viewer, isStaff, isModerator } = useViewer();
  const theme = useMantineTheme();
  const isMobile = useMediaQuery(`(max-width: ${em(parseFloat(theme.breakpoints.sm) * 16 - 0.1)})`) ?? false;
  useWindowEvent('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, start screen readers and keyboard focus at the new page.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <a href="#main" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpen}
              aria-controls="main-navigation"
            />
            <Anchor component={Link} to="/" fw={800} fz="xl" underline="never" c="inherit" onClick={close}>
              Confer
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {viewer ? <NotificationBell viewerId={viewer.id} /> : null}
            <UserMenu viewer={viewer} />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Off-screen on phones until opened: keep it out of the tab order and the accessibility tree. */}
      <AppShell.Navbar p="sm" id="main-navigation" aria-label="Main navigation" inert={isMobile && !navOpen}>
        <AppShell.Section grow component={ScrollArea}>
          <MainNav viewer={viewer} isStaff={isStaff} isModerator={isModerator} onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={mainRef} tabIndex={-1} className={classes.main}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
