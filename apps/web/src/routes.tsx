import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { BoardPage } from './pages/board.page';
import { ComingSoonPage } from './pages/coming-soon.page';
import { ForgotPasswordPage } from './pages/forgot-password.page';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { MembershipPage } from './pages/membership.page';
import { NotFoundPage } from './pages/not-found.page';
import { ProfilePage } from './pages/profile.page';
import { ResetPasswordPage } from './pages/reset-password.page';
import { SignUpPage } from './pages/sign-up.page';
import { VerifyEmailPage } from './pages/verify-email.page';
import { AppLayout } from './ui/app-layout.component';
import { SECTIONS } from './ui/nav-items.config';

// Split out of the main bundle: pages few people open (staff tools, organization management) and the
// development mailbox.
const OrganizationPage = lazy(() =>
  import('./pages/organization.page').then((m) => ({ default: m.OrganizationPage })),
);
const AdminPage = lazy(() => import('./pages/admin.page').then((m) => ({ default: m.AdminPage })));
// The board's pages with the composer (markdown and the patient-identifier scanner) and the moderators' tools.
const BoardCategoryPage = lazy(() =>
  import('./pages/board-category.page').then((m) => ({ default: m.BoardCategoryPage })),
);
const BoardThreadPage = lazy(() => import('./pages/board-thread.page').then((m) => ({ default: m.BoardThreadPage })));
const BoardSearchPage = lazy(() => import('./pages/board-search.page').then((m) => ({ default: m.BoardSearchPage })));
const ModerationPage = lazy(() => import('./pages/moderation.page').then((m) => ({ default: m.ModerationPage })));
const ModerationLogPage = lazy(() =>
  import('./pages/moderation-log.page').then((m) => ({ default: m.ModerationLogPage })),
);
const NotificationsPage = lazy(() =>
  import('./pages/notifications.page').then((m) => ({ default: m.NotificationsPage })),
);
const DevMailListPage = lazy(() => import('./pages/dev-mail-list.page').then((m) => ({ default: m.DevMailListPage })));
const DevMailMessagePage = lazy(() =>
  import('./pages/dev-mail-message.page').then((m) => ({ default: m.DevMailMessagePage })),
);

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'signup', element: <SignUpPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'membership', element: <MembershipPage /> },
      { path: 'org/:id', element: <OrganizationPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: 'board', element: <BoardPage /> },
      { path: 'board/search', element: <BoardSearchPage /> },
      { path: 'board/:slug', element: <BoardCategoryPage /> },
      { path: 'board/t/:threadId', element: <BoardThreadPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'moderation', element: <ModerationPage /> },
      { path: 'moderation/log', element: <ModerationLogPage /> },
      { path: 'dev/mail', element: <DevMailListPage /> },
      { path: 'dev/mail/:id', element: <DevMailMessagePage /> },
      ...SECTIONS.filter((section) => !section.built).map((section) => ({
        path: section.path.slice(1),
        element: <ComingSoonPage title={section.label} description={section.description} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
