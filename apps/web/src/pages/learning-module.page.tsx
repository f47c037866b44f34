import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Typography } from '@mantine/core';
import { CERTIFICATE_COURSE_SLUG } from '@confer/libs/learning';
import { Link, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { ModuleStatusBadge } from '../modules/learning/components/module-status-badge.component';
import { QuizForm } from '../modules/learning/components/quiz-form.component';
import classes from '../modules/learning/components/learning.module.css';
import { courseModuleQuery, markCourseModuleReadMutation } from '../modules/learning/graphql/learning.graphql';
import { moduleHref } from '../modules/learning/learning-labels.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** One module: its content (markdown rendered and sanitised on the server), an optional video, and its quiz. */
export function LearningModulePage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(courseModuleQuery, { variables: { courseSlug: CERTIFICATE_COURSE_SLUG, slug }, fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(markCourseModuleReadMutation, { refetchQueries: ['Course', 'CourseModule'] });
  const module = data?.courseModule;

  if (loading && !module) return <Loading label="Loading the module" />;
  if (!module) {
    const problem = error ? toApiError(error) : null;
    return (
      <Page title="Module not available">
        <ErrorAlert title={problem?.code === 'UNAUTHENTICATED' ? 'Please log in' : 'Not available'}>
          {problem?.message ?? 'This module is not available.'}{' '}
          {problem?.code === 'UNAUTHENTICATED' ? (
            <Anchor component={Link} to={`/login?next=${encodeURIComponent(moduleHref(slug))}`}>
              Log in
            </Anchor>
          ) : (
            <Anchor component={Link} to="/learning">
              See the course and how to join
            </Anchor>
          )}
        </ErrorAlert>
      </Page>
    );
  }

  return (
    <Page title={module.title} intro={module.summary}>
      <Group gap="sm" wrap="wrap">
        <Anchor component={Link} to="/learning" size="sm">
          {module.courseTitle}
        </Anchor>
        <Text size="sm" c="dimmed">
          Module {module.position} · about {module.estimatedMinutes} minutes
        </Text>
        <ModuleStatusBadge status={module.status} />
      </Group>
      {module.videoUrl ? (
        <Text>
          <Anchor href={module.videoUrl} target="_blank" rel="noopener noreferrer">
            Watch the video for this module
          </Anchor>{' '}
          (opens in a new tab)
        </Text>
      ) : null}
      <Typography className={classes.content} component="article" aria-label="Module content" dangerouslySetInnerHTML={{ __html: module.contentHtml }} />
      <Stack gap="xs">
        {module.readAt ? (
          <Text size="sm" c="dimmed">
            You marked this module as read.
          </Text>
        ) : (
          <Group>
            <Button variant="light" loading={marking.loading} onClick={() => void markRead({ variables: { moduleId: module.id } }).catch(() => undefined)}>
              I have read this module
            </Button>
          </Group>
        )}
        {marking.error ? <ErrorAlert>{toApiError(marking.error).message}</ErrorAlert> : null}
      </Stack>
      <QuizForm key={module.id} module={module} />
      <Group justify="space-between">
        {module.previousModuleSlug ? (
          <Anchor component={Link} to={moduleHref(module.previousModuleSlug)}>
            ← Previous module
          </Anchor>
        ) : (
          <span />
        )}
        {module.nextModuleSlug ? (
          <Anchor component={Link} to={moduleHref(module.nextModuleSlug)}>
            Next module →
          </Anchor>
        ) : null}
      </Group>
    </Page>
  );
}
