import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { CERTIFICATE_COURSE_SLUG } from '@confer/libs/learning';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { Loading } from '../../../ui/loading.component';
import { courseModuleDraftQuery, courseQuery } from '../graphql/learning.graphql';
import { ModuleEditor } from './module-editor.component';
import classes from './learning.module.css';

type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

/** Staff: the course's modules, with an editor for a new or an existing one. */
export function CourseModulesAdmin() {
  const { data, loading, error } = useQuery(courseQuery, { variables: { slug: CERTIFICATE_COURSE_SLUG } });
  const [editing, setEditing] = useState<Editing>(null);
  const modules = data?.course.modules ?? [];

  return (
    <section aria-labelledby="modules-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="modules-heading">
            Modules
          </Title>
          <Button size="sm" onClick={() => setEditing({ kind: 'new' })} disabled={editing !== null}>
            Add a module
          </Button>
        </Group>
        {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
        {loading && !data ? <Loading label="Loading the modules" /> : null}
        {editing?.kind === 'new' ? <ModuleEditor initial={null} onDone={() => setEditing(null)} /> : null}
        <Stack component="ol" gap="xs" className={classes.list} aria-label="Modules">
          {modules.map((m) => (
            <li key={m.id}>
              {editing?.kind === 'edit' && editing.id === m.id ? (
                <ExistingModuleEditor id={m.id} onDone={() => setEditing(null)} />
              ) : (
                <Card withBorder padding="sm">
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text style={{ minWidth: 0 }}>
                      {m.position}. {m.title}
                      <Text span size="sm" c="dimmed">
                        {' '}
                        · {m.questionCount} questions · pass {m.passMark}%
                      </Text>
                    </Text>
                    <Button size="xs" variant="light" style={{ flexShrink: 0 }} onClick={() => setEditing({ kind: 'edit', id: m.id })} disabled={editing !== null} aria-label={`Edit ${m.title}`}>
                      Edit
                    </Button>
                  </Group>
                </Card>
              )}
            </li>
          ))}
        </Stack>
      </Stack>
    </section>
  );
}

function ExistingModuleEditor({ id, onDone }: { id: string; onDone: () => void }) {
  const { data, loading, error } = useQuery(courseModuleDraftQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (loading) return <Loading label="Loading the module" />;
  if (error || !data) return <ErrorAlert>{error ? toApiError(error).message : 'The module could not be loaded.'}</ErrorAlert>;
  return <ModuleEditor initial={data.courseModuleDraft} onDone={onDone} />;
}
