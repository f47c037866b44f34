import { useMutation, useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { toApiError } from '../../../apollo/api-error.util';
import type { WatchLevel } from '../../../gql/graphql';
import { forumWatchQuery, setForumWatchMutation } from '../graphql/notifications.graphql';
import { WATCH_LEVEL_OPTIONS } from '../notification-labels.util';

type Target = { threadId: string; categoryId?: undefined } | { categoryId: string; threadId?: undefined };

/** How closely the viewer follows a thread (or a whole category). Only for signed-in members who can read it. */
export function WatchLevelSelect(target: Target) {
  const variables = target.threadId ? { threadId: target.threadId } : { categoryId: target.categoryId };
  const { data } = useQuery(forumWatchQuery, { variables });
  const [save, { loading }] = useMutation(setForumWatchMutation);
  const watch = data?.forumWatch;
  if (!watch) return null;
  const option = WATCH_LEVEL_OPTIONS.find((o) => o.value === watch.level);
  const inherited = watch.source === 'CATEGORY' && target.threadId ? ' (from the category)' : '';

  const change = async (value: string | null) => {
    if (!value || value === watch.level) return;
    try {
      await save({
        variables: { input: { ...variables, level: value as WatchLevel } },
        // A watch has no id of its own: write the answer where the query reads it.
        update: (cache, { data: result }) => {
          if (result) cache.writeQuery({ query: forumWatchQuery, variables, data: { forumWatch: result.setForumWatch } });
        },
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change notifications', message: toApiError(error).message });
    }
  };

  return (
    <Select
      label={target.threadId ? 'Notifications' : 'Notifications for this category'}
      size="xs"
      w={240}
      data={WATCH_LEVEL_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
      value={watch.level}
      onChange={change}
      disabled={loading}
      allowDeselect={false}
      description={`${option?.description ?? ''}${inherited}`}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
