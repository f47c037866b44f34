import { useMutation } from '@apollo/client/react';
import { Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { FormShell } from '../../../ui/form-shell.component';
import { updateProfileMutation } from '../graphql/profile.graphql';
import type { Viewer } from '../hooks/use-viewer.hook';
import { displayNameProblem, timeZoneProblem } from '../profile-checks.util';
import { CredentialsBadge } from './credentials-badge.component';
import { DisplayNameField } from './display-name-field.component';
import { TimeZoneSelect } from './time-zone-select.component';

export const BIO_MAX_LENGTH = 500;

const FIELDS = ['displayName', 'credentials', 'jobTitle', 'organizationName', 'bio', 'timeZone'] as const;

export function ProfileForm({ viewer }: { viewer: Viewer }) {
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [credentials, setCredentials] = useState(viewer.credentials ?? '');
  const [jobTitle, setJobTitle] = useState(viewer.jobTitle ?? '');
  const [organizationName, setOrganizationName] = useState(viewer.organizationName ?? '');
  const [bio, setBio] = useState(viewer.bio ?? '');
  const [timeZone, setTimeZone] = useState(viewer.timeZone);
  const [updateProfile, { loading }] = useMutation(updateProfileMutation);
  const errors = useApiError(FIELDS);

  const onSubmit = errors.handleSubmit(
    () => ({
      displayName: displayNameProblem(displayName),
      bio: [...bio].length > BIO_MAX_LENGTH && `Keep your bio to ${BIO_MAX_LENGTH} characters or fewer.`,
      timeZone: timeZoneProblem(timeZone),
    }),
    async () => {
      await updateProfile({
        variables: {
          input: {
            displayName: displayName.trim(),
            credentials: credentials.trim(),
            jobTitle: jobTitle.trim(),
            organizationName: organizationName.trim(),
            bio: bio.trim(),
            timeZone,
          },
        },
      });
      notifications.show({ color: 'green', message: 'Your profile is saved.' });
    },
  );

  return (
    <FormShell
      label="Edit profile"
      onSubmit={onSubmit}
      alertMessage={errors.alertMessage}
      alertTitle="Your profile was not saved"
      submitLabel="Save profile"
      loading={loading}
    >
      <DisplayNameField value={displayName} onChange={setDisplayName} error={errors.fieldError('displayName')} />
      <Stack gap={4}>
        <TextInput
          label="Credentials"
          description="Shown on your posts, e.g. “MD, MPH” or “RN”. Changing them may need a new check by staff."
          value={credentials}
          onChange={(e) => setCredentials(e.currentTarget.value)}
          error={errors.fieldError('credentials')}
          maxLength={100}
        />
        <Group gap="xs">
          {viewer.credentialsVerified ? (
            <CredentialsBadge verified />
          ) : (
            <Text size="xs" c="dimmed">
              Not yet verified by Confer staff.
            </Text>
          )}
        </Group>
      </Stack>
      <TextInput
        label="Job title"
        autoComplete="organization-title"
        value={jobTitle}
        onChange={(e) => setJobTitle(e.currentTarget.value)}
        error={errors.fieldError('jobTitle')}
        maxLength={120}
      />
      <TextInput
        label="Organization"
        autoComplete="organization"
        value={organizationName}
        onChange={(e) => setOrganizationName(e.currentTarget.value)}
        error={errors.fieldError('organizationName')}
        maxLength={160}
      />
      <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={errors.fieldError('timeZone')} />
      <Textarea
        label="Bio"
        description={`${[...bio].length} of ${BIO_MAX_LENGTH} characters`}
        value={bio}
        onChange={(e) => setBio(e.currentTarget.value)}
        error={errors.fieldError('bio')}
        autosize
        minRows={3}
        maxRows={10}
        maxLength={BIO_MAX_LENGTH}
      />
    </FormShell>
  );
}
