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
// The certificate course and the public certificate check.
const LearningPage = lazy(() => import('./pages/learning.page').then((m) => ({ default: m.LearningPage })));
const LearningModulePage = lazy(() => import('./pages/learning-module.page').then((m) => ({ default: m.LearningModulePage })));
const LearningAdminPage = lazy(() => import('./pages/learning-admin.page').then((m) => ({ default: m.LearningAdminPage })));
const CertificatePage = lazy(() => import('./pages/certificate.page').then((m) => ({ default: m.CertificatePage })));
// The Fellows programme (public list, my plan, reviewers) and the resources library.
const FellowsPage = lazy(() => import('./pages/fellows.page').then((m) => ({ default: m.FellowsPage })));
const FellowsPlanPage = lazy(() => import('./pages/fellows-plan.page').then((m) => ({ default: m.FellowsPlanPage })));
const FellowsReviewPage = lazy(() => import('./pages/fellows-review.page').then((m) => ({ default: m.FellowsReviewPage })));
const FellowsReviewPlanPage = lazy(() => import('./pages/fellows-review-plan.page').then((m) => ({ default: m.FellowsReviewPlanPage })));
const ResourcesPage = lazy(() => import('./pages/resources.page').then((m) => ({ default: m.ResourcesPage })));
const ResourcePage = lazy(() => import('./pages/resource.page').then((m) => ({ default: m.ResourcePage })));
const ResourceEditPage = lazy(() => import('./pages/resource-edit.page').then((m) => ({ default: m.ResourceEditPage })));
// The Health Care Social Media List: public grid and forms, and the staff review queue.
const DirectoryPage = lazy(() => import('./pages/directory.page').then((m) => ({ default: m.DirectoryPage })));
const DirectorySubmitPage = lazy(() => import('./pages/directory-submit.page').then((m) => ({ default: m.DirectorySubmitPage })));
const DirectoryConfirmPage = lazy(() => import('./pages/directory-confirm.page').then((m) => ({ default: m.DirectoryConfirmPage })));
const DirectoryEditPage = lazy(() => import('./pages/directory-edit.page').then((m) => ({ default: m.DirectoryEditPage })));
const DirectoryReviewPage = lazy(() => import('./pages/directory-review.page').then((m) => ({ default: m.DirectoryReviewPage })));
// Expert consultations and calendar feeds.
const ExpertsPage = lazy(() => import('./pages/experts.page').then((m) => ({ default: m.ExpertsPage })));
const ExpertPage = lazy(() => import('./pages/expert.page').then((m) => ({ default: m.ExpertPage })));
const ExpertAvailabilityPage = lazy(() => import('./pages/expert-availability.page').then((m) => ({ default: m.ExpertAvailabilityPage })));
const ConsultationsPage = lazy(() => import('./pages/consultations.page').then((m) => ({ default: m.ConsultationsPage })));
const ConsultationManagePage = lazy(() => import('./pages/consultation-manage.page').then((m) => ({ default: m.ConsultationManagePage })));
const CalendarPage = lazy(() => import('./pages/calendar.page').then((m) => ({ default: m.CalendarPage })));
// Events: list, event, agenda, checkout, my tickets, and the staff's check-in and administration.
const EventsPage = lazy(() => import('./pages/events.page').then((m) => ({ default: m.EventsPage })));
const EventPage = lazy(() => import('./pages/event.page').then((m) => ({ default: m.EventPage })));
const EventAgendaPage = lazy(() => import('./pages/event-agenda.page').then((m) => ({ default: m.EventAgendaPage })));
const CheckoutPage = lazy(() => import('./pages/checkout.page').then((m) => ({ default: m.CheckoutPage })));
const MyTicketsPage = lazy(() => import('./pages/my-tickets.page').then((m) => ({ default: m.MyTicketsPage })));
const CheckInPage = lazy(() => import('./pages/check-in.page').then((m) => ({ default: m.CheckInPage })));
const EventsAdminPage = lazy(() => import('./pages/events-admin.page').then((m) => ({ default: m.EventsAdminPage })));
const EventsAdminEventPage = lazy(() => import('./pages/events-admin-event.page').then((m) => ({ default: m.EventsAdminEventPage })));
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
      { path: 'learning', element: <LearningPage /> },
      { path: 'learning/modules/:slug', element: <LearningModulePage /> },
      { path: 'learning/admin', element: <LearningAdminPage /> },
      { path: 'certificates', element: <CertificatePage /> },
      { path: 'certificates/:code', element: <CertificatePage /> },
      { path: 'fellows', element: <FellowsPage /> },
      { path: 'fellows/plan', element: <FellowsPlanPage /> },
      { path: 'fellows/review', element: <FellowsReviewPage /> },
      { path: 'fellows/review/:planId', element: <FellowsReviewPlanPage /> },
      { path: 'resources', element: <ResourcesPage /> },
      { path: 'resources/new', element: <ResourceEditPage /> },
      { path: 'resources/:slug', element: <ResourcePage /> },
      { path: 'resources/:slug/edit', element: <ResourceEditPage /> },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'directory/submit', element: <DirectorySubmitPage /> },
      { path: 'directory/confirm/:token', element: <DirectoryConfirmPage /> },
      { path: 'directory/edit/:token', element: <DirectoryEditPage /> },
      { path: 'directory/review', element: <DirectoryReviewPage /> },
      { path: 'experts', element: <ExpertsPage /> },
      { path: 'experts/availability', element: <ExpertAvailabilityPage /> },
      { path: 'experts/:id', element: <ExpertPage /> },
      { path: 'consultations', element: <ConsultationsPage /> },
      { path: 'consultations/manage', element: <ConsultationManagePage /> },
      { path: 'calendar', element: <CalendarPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'events/admin', element: <EventsAdminPage /> },
      { path: 'events/admin/:id', element: <EventsAdminEventPage /> },
      { path: 'events/:slug', element: <EventPage /> },
      { path: 'events/:slug/agenda', element: <EventAgendaPage /> },
      { path: 'events/:slug/check-in', element: <CheckInPage /> },
      { path: 'checkout/:ticketTypeId', element: <CheckoutPage /> },
      { path: 'my-tickets', element: <MyTicketsPage /> },
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
