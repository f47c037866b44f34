// The roles an account can hold on top of its membership tier. Order has no meaning.
export const ROLES = ['member', 'expert', 'moderator', 'staff'] as const;

export type Role = (typeof ROLES)[number];

// Narrows untrusted input (a GraphQL arg, a DB column) to a known role.
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
