import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Page } from '../../../ui/page.component';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { Loading } from '../../../ui/loading.component';
import { useViewer, type Viewer } from '../hooks/use-viewer.hook';

interface RequireViewerProps {
  /** Only staff may see the page. */
  staffOnly?: boolean;
  /** Only moderators (and staff) may see the page. */
  moderatorOnly?: boolean;
  children: (viewer: Viewer) => ReactNode;
}

/** Renders its children for a signed-in person; sends visitors to log in and back. */
export function RequireViewer({ staffOnly = false, moderatorOnly = false, children }: RequireViewerProps) {
  const { viewer, loading, isStaff, isModerator } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  const denied =
    staffOnly && !isStaff
      ? { title: 'Staff only', text: 'This page is only available to Confer staff.' }
      : moderatorOnly && !isModerator
        ? { title: 'Moderators only', text: 'This page is only available to the board’s moderators.' }
        : null;
  if (denied) {
    return (
      <Page title="Not available">
        <ErrorAlert title={denied.title}>{denied.text}</ErrorAlert>
      </Page>
    );
  }
  return <>{children(viewer)}</>;
}
