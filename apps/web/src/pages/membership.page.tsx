import { MEMBERSHIP_BENEFITS } from '@confer/libs/membership';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import type { Viewer } from '../modules/accounts/hooks/use-viewer.hook';
import { BenefitsList } from '../modules/membership/components/benefits-list.component';
import { sourceLabel, tierKey, tierLabel } from '../modules/membership/membership-labels.util';
import { formatDate } from '../ui/dates.util';
import { LabeledValue } from '../ui/labeled-value.component';
import { Page } from '../ui/page.component';

export function MembershipPage() {
  return <RequireViewer>{(viewer) => <MembershipContent viewer={viewer} />}</RequireViewer>;
}

function MembershipContent({ viewer }: { viewer: Viewer }) {
  const { membership } = viewer;
  const premium = membership.tier === 'PREMIUM';
  const validUntil = membership.validUntil
    ? formatDate(membership.validUntil, viewer.timeZone)
    : premium
      ? 'No end date'
      : null;
  // What upgrading adds: everything on the premium list except the line that points back to guest.
  const premiumAdds = MEMBERSHIP_BENEFITS.premium.filter(
    (line) => !MEMBERSHIP_BENEFITS.guest.includes(line) && !/^everything included/i.test(line),
  );

  return (
    <Page title="My membership">
      <Paper withBorder p="lg" component="section" aria-labelledby="tier-heading">
        <Stack gap="sm">
          <Group gap="sm" align="center">
            <Title order={2} size="h3" id="tier-heading">
              Your tier:
            </Title>
            <Badge size="xl" tt="none" data-testid="membership-tier" color={premium ? 'teal' : 'gray'} variant={premium ? 'filled' : 'light'}>
              {tierLabel(membership.tier)}
            </Badge>
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            <LabeledValue label="Source">
              <Text>{sourceLabel(membership, viewer.roles)}</Text>
            </LabeledValue>
            {validUntil ? (
              <LabeledValue label="Valid until">
                <Text>{validUntil}</Text>
              </LabeledValue>
            ) : null}
          </SimpleGrid>
          {!viewer.emailVerified ? (
            <Text size="sm" c="orange.9">
              Verify your email address to receive organization membership from your employer’s domain.
            </Text>
          ) : null}
        </Stack>
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="benefits-heading">
        <Title order={2} size="h3" id="benefits-heading" mb="sm">
          Included in your membership
        </Title>
        <BenefitsList items={MEMBERSHIP_BENEFITS[tierKey(membership.tier)]} />
      </Paper>

      {!premium ? (
        <Paper withBorder p="lg" component="section" aria-labelledby="upgrade-heading">
          <Title order={2} size="h3" id="upgrade-heading" mb="sm">
            What you get by upgrading
          </Title>
          <BenefitsList items={premiumAdds} />
          <Text size="sm" mt="md">
            If your organization has an organization membership, verify an email address on its domain and
            you are covered automatically.
          </Text>
        </Paper>
      ) : null}
    </Page>
  );
}
