import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
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
      { path: 'dev/mail', element: <DevMailListPage /> },
      { path: 'dev/mail/:id', element: <DevMailMessagePage /> },
      ...SECTIONS.map((section) => ({
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
