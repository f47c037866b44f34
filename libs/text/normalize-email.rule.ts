/** Canonical form used to store and look up addresses, so 'Jane@Mayo.edu ' and 'jane@mayo.edu' are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
