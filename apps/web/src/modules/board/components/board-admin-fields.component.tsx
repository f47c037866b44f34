import { Textarea, TextInput } from '@mantine/core';
import type { FieldChecks } from '../../../apollo/use-api-error.hook';

/** What categories and groups both have: a name, an address (slug) and a description. */
export interface IdentityValues {
  name: string;
  slug: string;
  description: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
// Paths of the board's own pages: a category there could not be opened.
const RESERVED = new Set(['search', 't']);

/** A slug suggested from a name: "Peer feedback!" → "peer-feedback". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

export function identityChecks(values: IdentityValues): FieldChecks<'name' | 'slug'> {
  const slug = values.slug.trim();
  return {
    name: !values.name.trim() && 'Give it a name.',
    slug: !SLUG.test(slug)
      ? 'Use 2 to 63 lower-case letters, digits and dashes.'
      : RESERVED.has(slug) && 'This address is used by the board itself; choose another.',
  };
}

interface IdentityFieldsProps {
  value: IdentityValues;
  onChange: (value: IdentityValues) => void;
  /** Fill the slug from the name as it is typed (until the slug is edited by hand). */
  suggestSlug: boolean;
  /** Where the slug shows, e.g. "/board/". */
  slugPrefix: string;
  fieldError: (name: 'name' | 'slug' | 'description') => string | undefined;
}

export function IdentityFields({ value, onChange, suggestSlug, slugPrefix, fieldError }: IdentityFieldsProps) {
  return (
    <>
      <TextInput
        label="Name"
        value={value.name}
        onChange={(e) => {
          const name = e.currentTarget.value;
          const follows = suggestSlug && value.slug === slugify(value.name);
          onChange({ ...value, name, slug: follows ? slugify(name) : value.slug });
        }}
        error={fieldError('name')}
        maxLength={120}
        required
      />
      <TextInput
        label="Address"
        description={`Lower-case letters, digits and dashes: ${slugPrefix}${value.slug || '…'}`}
        value={value.slug}
        onChange={(e) => onChange({ ...value, slug: e.currentTarget.value.toLowerCase() })}
        error={fieldError('slug')}
        maxLength={63}
        required
      />
      <Textarea
        label="Description (optional)"
        value={value.description}
        onChange={(e) => onChange({ ...value, description: e.currentTarget.value })}
        error={fieldError('description')}
        maxLength={1000}
        autosize
        minRows={2}
      />
    </>
  );
}
