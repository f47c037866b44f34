import { Badge } from '@mantine/core';

/** Shown next to credentials that Confer staff have checked. */
export function CredentialsBadge({ verified }: { verified: boolean }) {
  if (!verified) return null;
  return (
    <Badge color="teal" variant="light" tt="none" title="Confer staff have checked these credentials">
      Verified credentials
    </Badge>
  );
}
