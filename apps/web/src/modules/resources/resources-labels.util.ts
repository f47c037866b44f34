import type { ResourceAudience, ResourceKind } from '../../gql/graphql';

export const KINDS: readonly { value: ResourceKind; label: string }[] = [
  { value: 'GUIDELINE', label: 'Guideline' },
  { value: 'TEMPLATE', label: 'Template' },
  { value: 'TRAINING', label: 'Training material' },
  { value: 'WEBINAR', label: 'Webinar recording' },
  { value: 'ARTICLE', label: 'Article' },
];

export function kindLabel(kind: ResourceKind): string {
  return KINDS.find((k) => k.value === kind)?.label ?? kind;
}

const AUDIENCES: Record<ResourceAudience, { label: string; color: string; description: string }> = {
  PUBLIC: { label: 'Public', color: 'gray.8', description: 'Anyone, without an account.' },
  GUEST: { label: 'Free account', color: 'blue.9', description: 'Anyone with a free guest account.' },
  PREMIUM: { label: 'Premium', color: 'teal.9', description: 'Premium members (individual or through their organization).' },
};

export function audienceLabel(audience: ResourceAudience): { label: string; color: string; description: string } {
  return AUDIENCES[audience];
}

export const AUDIENCE_VALUES: readonly ResourceAudience[] = ['PUBLIC', 'GUEST', 'PREMIUM'];
