import { useQuery } from '@apollo/client/react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { meQuery } from '../graphql/viewer.graphql';

export type Viewer = ViewerFieldsFragment;

export interface ViewerState {
  /** The signed-in account, or null for a visitor. */
  viewer: Viewer | null;
  /** True until the first answer to "who am I" arrives. */
  loading: boolean;
  isStaff: boolean;
  /** Moderators and staff (who run the board) see held posts and the moderation tools. */
  isModerator: boolean;
}

export function useViewer(): ViewerState {
  const { data, loading } = useQuery(meQuery, { fetchPolicy: 'cache-first' });
  const viewer = data?.me ?? null;
  const isStaff = viewer?.roles.includes('STAFF') ?? false;
  return {
    viewer,
    loading: loading && data === undefined,
    isStaff,
    isModerator: isStaff || (viewer?.roles.includes('MODERATOR') ?? false),
  };
}
