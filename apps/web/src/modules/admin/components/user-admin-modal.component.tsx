import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Divider, Group, Modal, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { AdminAccountFieldsFragment, MembershipOverride, Role } from '../../../gql/graphql';
import { formatDate } from '../../../ui/dates.util';
import { roleLabel, sourceLabel, tierLabel } from '../../membership/membership-labels.util';
import {
  setCredentialsVerifiedMutation,
  setMembershipOverrideMutation,
  setUserRolesMutation,
} from '../graphql/admin-users.graphql';
import { PremiumGrants } from './premium-grants.component';

const ALL_ROLES: readonly Role[] = ['MEMBER', 'EXPERT', 'MODERATOR', 'STAFF'];
const OVERRIDES: readonly { value: MembershipOverride; label: string; description: string }[] = [
  { value: 'NONE', label: 'No override', description: 'Membership follows grants, organizations and roles.' },
  { value: 'PREMIUM', label: 'Always premium', description: 'Premium whatever else applies.' },
  { value: 'GUEST', label: 'Always guest', description: 'Guest whatever else applies.' },
];

function fail(title: string, error: unknown) {
  notifications.show({ color: 'red', title, message: toApiError(error).message });
}

export function UserAdminModal({ user, onClose }: { user: AdminAccountFieldsFragment; onClose: () => void }) {
  const narrow = useMediaQuery('(max-width: 36em)');
  const [roles, setRoles] = useState<string[]>([...user.roles]);
  const [override, setOverride] = useState<MembershipOverride>(user.membershipOverride);
  const [setVerified, verifiedState] = useMutation(setCredentialsVerifiedMutation);
  const [setUserRoles, rolesState] = useMutation(setUserRolesMutation);
  const [setOverrideMutation, overrideState] = useMutation(setMembershipOverrideMutation);

  const toggleVerified = async (verified: boolean) => {
    try {
      await setVerified({ variables: { userId: user.id, verified } });
      notifications.show({ message: verified ? 'Credentials marked verified.' : 'Verification removed.' });
    } catch (error) {
      fail('Could not change verification', error);
    }
  };

  const saveRoles = async () => {
    try {
      await setUserRoles({ variables: { userId: user.id, roles: roles.filter(isRole) } });
      notifications.show({ message: 'Roles saved.' });
    } catch (error) {
      fail('Could not save roles', error);
    }
  };

  const saveOverride = async () => {
    try {
      await setOverrideMutation({ variables: { userId: user.id, override } });
      notifications.show({ message: 'Membership override saved.' });
    } catch (error) {
      fail('Could not save the override', error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Manage ${user.displayName}`} size="lg" fullScreen={narrow ?? false}>
      <Stack gap="lg">
        <Stack gap={2}>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {user.email}
          </Text>
          <Text size="sm">
            {tierLabel(user.membership.tier)} · {sourceLabel(user.membership, user.roles)}
            {user.membership.validUntil ? ` · until ${formatDate(user.membership.validUntil)}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            Joined {formatDate(user.createdAt)}
          </Text>
        </Stack>

        <section aria-labelledby="admin-credentials-heading">
          <Title order={3} size="h4" id="admin-credentials-heading" mb="xs">
            Credentials
          </Title>
          <Text size="sm" mb="xs">
            {user.credentials ? `Stated credentials: ${user.credentials}` : 'No credentials stated.'}
          </Text>
          <Switch
            label="Credentials verified"
            checked={user.credentialsVerified}
            disabled={verifiedState.loading}
            onChange={(e) => void toggleVerified(e.currentTarget.checked)}
          />
        </section>

        <Divider />
        <section>
          <Checkbox.Group
            label="Roles"
            description="Staff can manage everything; moderators act on the board; experts give consultations."
            value={roles}
            onChange={setRoles}
          >
            <Group mt="xs">
              {ALL_ROLES.map((role) => (
                <Checkbox key={role} value={role} label={roleLabel(role)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Button mt="sm" variant="light" onClick={saveRoles} loading={rolesState.loading}>
            Save roles
          </Button>
        </section>

        <Divider />
        <section>
          <Radio.Group
            label="Membership override"
            value={override}
            onChange={(value) => setOverride(value as MembershipOverride)}
          >
            <Stack gap="xs" mt="xs">
              {OVERRIDES.map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} description={o.description} />
              ))}
            </Stack>
          </Radio.Group>
          <Button mt="sm" variant="light" onClick={saveOverride} loading={overrideState.loading}>
            Save override
          </Button>
        </section>

        <Divider />
        <PremiumGrants userId={user.id} />
      </Stack>
    </Modal>
  );
}

function isRole(value: string): value is Role {
  return (ALL_ROLES as readonly string[]).includes(value);
}
