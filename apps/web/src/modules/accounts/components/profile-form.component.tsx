import { isValidTimeZone } from '@confer/libs/time-zone';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { updateProfileMutation } from '../graphql/profile.graphql';
import type { Viewer } from '../hooks/use-viewer.hook';
import { CredentialsBadge } from './credentials-badge.component';
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (displayName.trim().length === 0) local.displayName = 'Enter the name other members will see.';
    if ([...bio].length > BIO_MAX_LENGTH) local.bio = `Keep your bio to ${BIO_MAX_LENGTH} characters or fewer.`;
    if (!isValidTimeZone(timeZone)) local.timeZone = 'Choose a time zone from the list.';
    if (Object.keys(local).length > 0) {
      errors.setFieldErrors(local);
      return;
    }
    errors.clear();
    try {
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
    } catch (error) {
      errors.capture(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit profile">
      <Stack>
        {errors.alertMessage ? <ErrorAlert title="Your profile was not saved">{errors.alertMessage}</ErrorAlert> : null}
        <TextInput
          label="Display name"
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={errors.fieldError('displayName')}
          maxLength={100}
          required
        />
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
        <Group>
          <Button type="submit" loading={loading}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
