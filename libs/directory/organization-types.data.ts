export const ORGANIZATION_TYPES = ['hospital', 'health_system', 'clinic', 'academic_medical_center', 'association', 'government', 'company', 'other'] as const;

export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  hospital: 'Hospital',
  health_system: 'Health system',
  clinic: 'Clinic',
  academic_medical_center: 'Academic medical center',
  association: 'Association',
  government: 'Government',
  company: 'Company',
  other: 'Other',
};

export function isOrganizationType(value: unknown): value is OrganizationType {
  return typeof value === 'string' && (ORGANIZATION_TYPES as readonly string[]).includes(value);
}
