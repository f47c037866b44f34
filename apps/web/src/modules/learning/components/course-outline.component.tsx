import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { CourseModuleSummaryFieldsFragment } from '../../../gql/graphql';
import { moduleHref } from '../learning-labels.util';
import { ModuleStatusBadge } from './module-status-badge.component';
import classes from './learning.module.css';

/** The modules in order. Titles link to the module only for those who may study it. */
export function CourseOutline({ modules, canStudy }: { modules: readonly CourseModuleSummaryFieldsFragment[]; canStudy: boolean }) {
  return (
    <Stack component="ol" gap="sm" className={classes.list} aria-label="Modules">
      {modules.map((m) => (
        <Card key={m.id} component="li" withBorder padding="md">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Text fw={700} style={{ minWidth: 0 }}>
                {m.position}.{' '}
                {canStudy ? (
                  <Anchor component={Link} to={moduleHref(m.slug)} fw={700}>
                    {m.title}
                  </Anchor>
                ) : (
                  m.title
                )}
              </Text>
              {canStudy ? <ModuleStatusBadge status={m.status} /> : null}
            </Group>
            <Text size="sm">{m.summary}</Text>
            <Text size="sm" c="dimmed">
              About {m.estimatedMinutes} minutes · quiz of {m.questionCount} question{m.questionCount === 1 ? '' : 's'}, pass mark {m.passMark}%
              {canStudy && m.bestScore !== null ? ` · your best score ${m.bestScore}%` : ''}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
