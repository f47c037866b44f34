import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { EMPTY_RESOURCE, ResourceForm, type ResourceFormValues } from '../modules/resources/components/resource-form.component';
import { createResourceMutation, resourceQuery, resourcesQuery, updateResourceMutation } from '../modules/resources/graphql/resources.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

const input = (v: ResourceFormValues) => ({
  slug: v.slug.trim(),
  kind: v.kind,
  audience: v.audience,
  title: v.title,
  summary: v.summary,
  bodyMd: v.bodyMd,
  tags: v.tags,
  linkUrl: v.linkUrl.trim() || null,
  published: v.published,
});

/** `/resources/new` and `/resources/:slug/edit`: staff add or change a library item. */
export function ResourceEditPage() {
  const { slug } = useParams();
  const editing = slug !== undefined;
  const navigate = useNavigate();
  const { isStaff, loading: viewerLoading } = useViewer();
  const existing = useQuery(resourceQuery, { variables: { slug: slug ?? '' }, skip: !editing });
  const [create] = useMutation(createResourceMutation, { refetchQueries: [resourcesQuery] });
  const [update] = useMutation(updateResourceMutation, { refetchQueries: [resourcesQuery] });

  if (viewerLoading || (editing && existing.loading && !existing.data)) return <Loading />;
  const title = editing ? 'Edit resource' : 'Add a resource';
  if (!isStaff) {
    return (
      <Page title={title}>
        <Text>Only staff can change the library.</Text>
      </Page>
    );
  }
  const current = existing.data?.resource;
  if (editing && !current) {
    return (
      <Page title={title}>
        <ErrorAlert>{existing.error ? toApiError(existing.error).message : 'No such resource.'}</ErrorAlert>
      </Page>
    );
  }
  const initial: ResourceFormValues = current
    ? { slug: current.slug, kind: current.kind, audience: current.audience, title: current.title, summary: current.summary, bodyMd: current.bodyMd ?? '', tags: [...current.tags], linkUrl: current.linkUrl ?? '', published: current.published }
    : EMPTY_RESOURCE;

  return (
    <Page title={title}>
      <Anchor component={Link} to={current ? `/resources/${current.slug}` : '/resources'}>
        ← Back
      </Anchor>
      <ResourceForm
        initial={initial}
        editing={editing}
        onSubmit={async (values) => {
          if (current) await update({ variables: { id: current.id, input: input(values) } });
          else await create({ variables: { input: input(values) } });
          navigate(`/resources/${values.slug.trim()}`);
        }}
      />
    </Page>
  );
}
