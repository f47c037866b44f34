import { Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { CourseQuery } from '../../../gql/graphql';
import { moduleHref } from '../learning-labels.util';
import classes from './learning.module.css';

type CourseProgress = NonNullable<NonNullable<CourseQuery['course']>['progress']>;

/** How far the member is, and a button back to where they left off. */
export function CourseProgressCard({ progress, viaLabel, resumeTitle }: { progress: CourseProgress; viaLabel: string; resumeTitle: string | null }) {
  const started = progress.completedModules > 0 || progress.resumeModuleSlug !== null;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text fw={700}>
            {progress.completedModules} of {progress.totalModules} modules completed
          </Text>
          <Text size="sm" c="dimmed">
            {viaLabel}
          </Text>
        </Group>
        <Progress value={progress.percent} size="lg" aria-label={`Course progress: ${progress.percent}%`} />
        {progress.resumeModuleSlug ? (
          <Group gap="sm" align="center">
            <Button component={Link} to={moduleHref(progress.resumeModuleSlug)} className={classes.wrapButton}>
              {progress.completedModules === 0 && started ? 'Start' : 'Continue'}: {resumeTitle}
            </Button>
          </Group>
        ) : progress.complete ? (
          <Text>You completed every module.</Text>
        ) : null}
      </Stack>
    </Card>
  );
}
