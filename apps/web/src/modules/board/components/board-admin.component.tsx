import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { ForumCategoryFieldsFragment, ForumGroupFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { Loading } from '../../../ui/loading.component';
import { createForumCategoryMutation, forumGroupsQuery, updateForumCategoryMutation } from '../graphql/board-admin.graphql';
import { forumCategoriesQuery } from '../graphql/board.graphql';
import { AudienceBadge } from './audience-badge.component';
import { ForumCategoryForm, type CategoryFormValues } from './forum-category-form.component';
import { ForumGroupsAdmin } from './forum-groups-admin.component';

const NEW_CATEGORY: CategoryFormValues = {
  name: '',
  slug: '',
  description: '',
  audience: 'PREMIUM',
  groupId: '',
  allowAnonymous: false,
  requirePremoderation: false,
  position: 0,
};

function toPosition(value: number | string): number | undefined {
  return value === '' ? undefined : Number(value);
}

/** Staff (/admin, Board tab): the board's categories and private groups. */
export function BoardAdmin() {
  const categories = useQuery(forumCategoriesQuery);
  const groups = useQuery(forumGroupsQuery);
  const groupList = groups.data?.forumGroups ?? [];
  const error = categories.error ?? groups.error;
  return (
    <Stack gap="xl">
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      <section aria-labelledby="board-categories-heading">
        <Title order={2} size="h3" id="board-categories-heading" mb="sm">
          Categories
        </Title>
        {categories.loading && !categories.data ? <Loading label="Loading categories" /> : null}
        {categories.data ? <CategoriesAdmin categories={categories.data.forumCategories} groups={groupList} /> : null}
      </section>
      <section aria-labelledby="board-groups-heading">
        <Title order={2} size="h3" id="board-groups-heading" mb="sm">
          Private groups
        </Title>
        {groups.loading && !groups.data ? <Loading label="Loading groups" /> : null}
        {groups.data ? <ForumGroupsAdmin groups={groupList} /> : null}
      </section>
    </Stack>
  );
}

interface CategoriesAdminProps {
  categories: readonly ForumCategoryFieldsFragment[];
  groups: readonly ForumGroupFieldsFragment[];
}

function CategoriesAdmin({ categories, groups }: CategoriesAdminProps) {
  // The list's order (position) may change: reload it after every change.
  const [create] = useMutation(createForumCategoryMutation, { refetchQueries: [forumCategoriesQuery] });
  const [update] = useMutation(updateForumCategoryMutation, { refetchQueries: [forumCategoriesQuery] });
  const [editing, setEditing] = useState<ForumCategoryFieldsFragment | 'new' | null>(null);
  const close = () => setEditing(null);

  const onCreate = async (v: CategoryFormValues) => {
    await create({
      variables: {
        input: {
          name: v.name.trim(),
          slug: v.slug.trim(),
          description: v.description.trim() || null,
          audience: v.audience,
          groupId: v.audience === 'GROUP' ? v.groupId : null,
          allowAnonymous: v.allowAnonymous,
          requirePremoderation: v.requirePremoderation,
          position: toPosition(v.position) ?? 0,
        },
      },
    });
    notifications.show({ message: `Category “${v.name.trim()}” created.` });
    close();
  };

  const onUpdate = (category: ForumCategoryFieldsFragment) => async (v: CategoryFormValues) => {
    await update({
      variables: {
        input: {
          id: category.id,
          name: v.name.trim(),
          slug: v.slug.trim(),
          description: v.description.trim() || null,
          allowAnonymous: v.allowAnonymous,
          requirePremoderation: v.requirePremoderation,
          position: toPosition(v.position),
        },
      },
    });
    notifications.show({ message: `Category “${v.name.trim()}” saved.` });
    close();
  };

  return (
    <Stack gap="sm">
      <Group>
        <Button variant="light" onClick={() => setEditing('new')}>
          New category
        </Button>
      </Group>
      {categories.length === 0 ? <Text c="dimmed">No categories yet.</Text> : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Categories">
        {categories.map((category) => (
          <Card component="li" key={category.id} withBorder padding="md">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
              <Stack gap={4} style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>{category.name}</Text>
                  <AudienceBadge audience={category.audience} />
                </Group>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  /board/{category.slug}
                  {category.allowAnonymous ? ' · anonymous posts allowed' : ''}
                  {category.requirePremoderation ? ' · every post reviewed' : ''}
                </Text>
              </Stack>
              <Button variant="default" onClick={() => setEditing(category)} aria-label={`Edit ${category.name}`}>
                Edit
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      <Modal opened={editing !== null} onClose={close} title={editing === 'new' ? 'New category' : `Edit ${editing?.name ?? ''}`} size="lg" centered>
        {editing === 'new' ? (
          <ForumCategoryForm initial={NEW_CATEGORY} editing={false} groups={groups} submitLabel="Create category" onSubmit={onCreate} />
        ) : editing ? (
          <ForumCategoryForm
            initial={{
              name: editing.name,
              slug: editing.slug,
              description: editing.description ?? '',
              audience: editing.audience,
              groupId: '',
              allowAnonymous: editing.allowAnonymous,
              requirePremoderation: editing.requirePremoderation,
              position: '',
            }}
            editing
            groups={groups}
            submitLabel="Save category"
            onSubmit={onUpdate(editing)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
