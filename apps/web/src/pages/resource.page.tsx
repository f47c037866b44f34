import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Typography } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { JoinInvitation } from '../modules/resources/components/join-invitation.component';
import { ResourceBadges } from '../modules/resources/components/resource-badges.component';
import { ResourceTags } from '../modules/resources/components/resource-tags.component';
import { resourceQuery, setResourcePublishedMutation } from '../modules/resources/graphql/resources.graphql';
import classes from '../modules/resources/components/resources.module.css';
import { formatDate } from '../ui/dates.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** `/resources/:slug`: the whole item for readers with access; otherwise its preview and an invitation to join. */
export function ResourcePage() {
  const { slug = '' } = useParams();
  const { isStaff } = useViewer();
  const { data, loading, error } = useQuery(resourceQuery, { variables: { slug } });
  const [setPublished, publishing] = useMutation(setResourcePublishedMutation, { refetchQueries: [resourceQuery] });
  const resource = data?.resource;

  return (
    <Page title={resource?.title ?? 'Resource'}>
      <Anchor component={Link} to="/resources">
        ← All resources
      </Anchor>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading the resource" /> : null}
      {resource ? (
        <Stack gap="md">
          <ResourceBadges resource={resource} />
          <Text fw={500}>{resource.summary}</Text>
          {resource.publishedAt ? (
            <Text size="sm" c="dimmed">
              Published {formatDate(resource.publishedAt)}
            </Text>
          ) : null}
          {/* Both HTML fields are rendered from markdown and sanitised by the server (allow-listed tags only). */}
          {resource.access === 'FULL' && resource.bodyHtml !== null ? (
            <Typography className={classes.body} dangerouslySetInnerHTML={{ __html: resource.bodyHtml }} />
          ) : (
            <Typography className={classes.body} dangerouslySetInnerHTML={{ __html: resource.previewHtml }} />
          )}
          {resource.linkUrl ? (
            <Group>
              <Button component="a" href={resource.linkUrl} target="_blank" rel="noopener noreferrer">
                {resource.kind === 'WEBINAR' ? 'Watch the recording' : 'Open the file'}
              </Button>
            </Group>
          ) : null}
          {resource.invitation ? <JoinInvitation invitation={resource.invitation} next={`/resources/${resource.slug}`} /> : null}
          <ResourceTags tags={resource.tags} />
          {isStaff ? (
            <Group gap="sm">
              <Button component={Link} to={`/resources/${resource.slug}/edit`} variant="light">
                Edit
              </Button>
              <Button variant="default" loading={publishing.loading} onClick={() => void setPublished({ variables: { id: resource.id, published: !resource.published } }).catch(() => undefined)}>
                {resource.published ? 'Unpublish' : 'Publish'}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </Page>
  );
}
