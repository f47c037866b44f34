import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ForumPostFieldsFragment } from '../../../gql/graphql';
import { editForumPostMutation } from '../graphql/board-tools.graphql';
import { Composer, type ComposerValues } from './composer.component';

interface PostEditFormProps {
  post: ForumPostFieldsFragment;
  /** The post's accessible name, e.g. "Post 3 by Avery Quinn". */
  label: string;
  /** Closes the form (after saving or on Cancel). */
  onDone: () => void;
}

/**
 * Editing a post in place with the composer: its author checks possible patient identifiers as when
 * posting; a moderator editing someone else's post says why (kept in the history and the log).
 */
export function PostEditForm({ post, label, onDone }: PostEditFormProps) {
  const [edit] = useMutation(editForumPostMutation);
  const byModerator = !post.author.isYou;

  const save = async (values: ComposerValues) => {
    // The answer carries the updated post: the cache (and so the thread) shows the new text.
    const { data } = await edit({
      variables: { input: { postId: post.id, body: values.body, confirmPhi: values.confirmPhi, reason: byModerator ? values.reason : null } },
    });
    // An edit of a published post that needs review waits for a moderator; the post keeps its text meanwhile.
    notifications.show({
      message: data?.editForumPost.pendingEdit
        ? 'Your edit waits for a moderator. Other members see the previous version until it is approved.'
        : 'Post updated. The earlier text is kept in its history.',
    });
    onDone();
    return null;
  };

  return (
    <Composer
      formLabel={`Edit ${label}`}
      submitLabel="Save changes"
      initialBody={post.bodyMd}
      withReason={byModerator}
      allowAnonymous={false}
      onSubmit={save}
      onCancel={onDone}
    />
  );
}
