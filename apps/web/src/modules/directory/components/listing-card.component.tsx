import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DirectoryOrganizationType, DirectoryPlatform } from '../../../gql/graphql';
import { platformLabel, typeLabel } from '../directory-labels.util';

export interface ListingView {
  name: string;
  type: DirectoryOrganizationType;
  countryName: string;
  region: string | null;
  city: string | null;
  website: string;
  websiteDomain: string;
  accounts: readonly { platform: DirectoryPlatform; url: string }[];
}

interface ListingCardProps {
  listing: ListingView;
  headingLevel?: 2 | 3 | 4;
  /** Above the name, e.g. "Listed now" in the review queue. */
  label?: ReactNode;
  /** Under the accounts, e.g. the reviewer's buttons. */
  children?: ReactNode;
}

/** One organization: name, kind, place, website and its official accounts. */
export function ListingCard({ listing, headingLevel = 3, label, children }: ListingCardProps) {
  const place = [listing.city, listing.region, listing.countryName].filter(Boolean).join(', ');
  return (
    <Paper withBorder p="md" component="article" h="100%">
      <Stack gap="xs">
        {label}
        <Title order={headingLevel} size="h4" style={{ overflowWrap: 'anywhere' }}>
          {listing.name}
        </Title>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {typeLabel(listing.type)}
          </Badge>
          <Text size="sm" c="dimmed">
            {place}
          </Text>
        </Group>
        <Anchor href={listing.website} target="_blank" rel="noopener nofollow ugc" size="sm" style={{ overflowWrap: 'anywhere' }}>
          {listing.websiteDomain}
        </Anchor>
        <Group gap={6} component="ul" aria-label={`${listing.name} accounts`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {listing.accounts.map((a) => (
            <li key={a.url}>
              <Anchor href={a.url} target="_blank" rel="noopener nofollow ugc" size="sm" title={a.url}>
                <Badge variant="outline" tt="none" style={{ cursor: 'pointer' }}>
                  {platformLabel(a.platform)}
                </Badge>
              </Anchor>
            </li>
          ))}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
