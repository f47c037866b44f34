import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Chip, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { expertsQuery } from '../modules/consultations/graphql/consultations.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** The experts directory, filtered by one topic (kept in the address so a filtered list can be shared). */
export function ExpertsPage() {
  const [params, setParams] = useSearchParams();
  const topic = params.get('topic');
  const { data, previousData, loading, error } = useQuery(expertsQuery, { variables: { topic } });
  const shown = data ?? previousData;
  const { viewer } = useViewer();

  return (
    <Page title="Experts" intro="Book one-to-one time with the network’s experts, online during the year or on site at the Annual Conference." size="lg">
      {viewer ? (
        <Group gap="sm">
          <Button component={Link} to="/consultations" variant="light">
            My consultations
          </Button>
          {viewer.roles.includes('EXPERT') ? (
            <Button component={Link} to="/experts/availability" variant="default">
              My availability
            </Button>
          ) : null}
        </Group>
      ) : null}
      <Group gap="xs" role="group" aria-label="Filter by topic">
        <Chip checked={!topic} onChange={() => setParams({})}>
          All topics
        </Chip>
        {(shown?.expertTopics ?? []).map((t) => (
          <Chip key={t} checked={topic === t} onChange={() => setParams(topic === t ? {} : { topic: t })}>
            {t}
          </Chip>
        ))}
      </Group>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !shown ? <Loading /> : null}
      {shown && shown.experts.length === 0 ? <Text c="dimmed">No expert covers this topic yet.</Text> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {(shown?.experts ?? []).map((expert) => (
          <Paper key={expert.id} withBorder p="md" component="article" aria-labelledby={`expert-${expert.id}`}>
            <Stack gap={6}>
              <Title order={2} size="h4" id={`expert-${expert.id}`}>
                <Anchor component={Link} to={`/experts/${expert.id}`}>
                  {expert.displayName}
                </Anchor>
                {expert.credentials ? <Text span c="dimmed" size="sm">{`, ${expert.credentials}`}</Text> : null}
              </Title>
              {expert.jobTitle || expert.organizationName ? (
                <Text size="sm">{[expert.jobTitle, expert.organizationName].filter(Boolean).join(', ')}</Text>
              ) : null}
              {expert.headline ? <Text size="sm" c="dimmed">{expert.headline}</Text> : null}
              <Group gap={4}>
                {expert.topics.map((t) => (
                  <Badge key={t} variant="light" size="sm">
                    {t}
                  </Badge>
                ))}
              </Group>
              <Text size="sm">
                {expert.consultationTypes.map((t) => `${t.title} (${t.durationMinutes} min${t.mode === 'ON_SITE' ? ', on site' : ''})`).join(' · ')}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Page>
  );
}
