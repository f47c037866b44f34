import { Checkbox, NativeSelect, Radio, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { ResourceAudience, ResourceKind } from '../../../gql/graphql';
import { FormShell } from '../../../ui/form-shell.component';
import { useFormValues } from '../../../ui/use-form-values.hook';
import { AUDIENCE_VALUES, audienceLabel, KINDS } from '../resources-labels.util';

export interface ResourceFormValues {
  slug: string;
  kind: ResourceKind;
  audience: ResourceAudience;
  title: string;
  summary: string;
  bodyMd: string;
  tags: string[];
  linkUrl: string;
  published: boolean;
}

export const EMPTY_RESOURCE: ResourceFormValues = { slug: '', kind: 'GUIDELINE', audience: 'PREMIUM', title: '', summary: '', bodyMd: '', tags: [], linkUrl: '', published: true };

const FIELDS = ['slug', 'kind', 'audience', 'title', 'summary', 'bodyMd', 'tags', 'linkUrl'] as const;
const SLUG = /^[a-z0-9][a-z0-9-]{1,79}$/;

const suggestSlug = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

interface ResourceFormProps {
  initial: ResourceFormValues;
  editing: boolean;
  onSubmit: (values: ResourceFormValues) => Promise<unknown>;
}

/** Staff: a library item. The body is markdown; its first paragraph is the preview others see. */
export function ResourceForm({ initial, editing, onSubmit }: ResourceFormProps) {
  const { values, set, busy, run } = useFormValues(initial);
  const errors = useApiError(FIELDS);
  const label = editing ? 'Save changes' : 'Add to the library';

  const submit = errors.handleSubmit(
    () => ({
      slug: !SLUG.test(values.slug) && 'Use 2 to 80 lower-case letters, digits and dashes.',
      title: [...values.title.trim()].length < 3 && 'Give it a title of 3 to 200 characters.',
      summary: !values.summary.trim() && 'Write a summary of up to 500 characters.',
      linkUrl: values.linkUrl.trim() !== '' && !/^https?:\/\/\S+$/i.test(values.linkUrl.trim()) && 'Give a full http(s) address.',
    }),
    () => run(() => onSubmit(values)),
  );

  return (
    <FormShell label={label} onSubmit={submit} submitLabel={label} loading={busy} alertMessage={errors.alertMessage} gap="md">
      <TextInput
        label="Title"
        value={values.title}
        onChange={(e) => {
          const title = e.currentTarget.value;
          set(editing || values.slug !== suggestSlug(values.title) ? { title } : { title, slug: suggestSlug(title) });
        }}
        error={errors.fieldError('title')}
        required
        maxLength={200}
      />
      <TextInput label="Address" description={`/resources/${values.slug || '…'}`} value={values.slug} onChange={(e) => set({ slug: e.currentTarget.value })} error={errors.fieldError('slug')} required maxLength={80} />
      <NativeSelect label="Kind" value={values.kind} onChange={(e) => set({ kind: e.currentTarget.value as ResourceKind })} data={KINDS.map((k) => ({ value: k.value, label: k.label }))} error={errors.fieldError('kind')} />
      <Radio.Group label="Who reads it in full" value={values.audience} onChange={(v) => set({ audience: v as ResourceAudience })} error={errors.fieldError('audience')} required>
        <Stack gap="xs" mt="xs">
          {AUDIENCE_VALUES.map((a) => (
            <Radio key={a} value={a} label={audienceLabel(a).label} description={audienceLabel(a).description} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea label="Summary" description="Shown to everyone, up to 500 characters." value={values.summary} onChange={(e) => set({ summary: e.currentTarget.value })} error={errors.fieldError('summary')} autosize minRows={2} maxLength={500} required />
      <Textarea
        label="Body (markdown)"
        description="The first paragraph is the preview that people without access see."
        value={values.bodyMd}
        onChange={(e) => set({ bodyMd: e.currentTarget.value })}
        error={errors.fieldError('bodyMd')}
        autosize
        minRows={8}
        maxRows={24}
      />
      <TagsInput label="Tags" description="Press Enter after each tag (up to 10)." value={values.tags} onChange={(tags) => set({ tags })} error={errors.fieldError('tags')} maxTags={10} />
      <TextInput
        label="File or recording link"
        description="Only readers with access get this link."
        type="url"
        value={values.linkUrl}
        onChange={(e) => set({ linkUrl: e.currentTarget.value })}
        error={errors.fieldError('linkUrl')}
      />
      {editing ? null : <Checkbox label="Publish now" checked={values.published} onChange={(e) => set({ published: e.currentTarget.checked })} />}
    </FormShell>
  );
}
