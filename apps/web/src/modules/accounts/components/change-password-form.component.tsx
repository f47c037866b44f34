import { checkPassword } from '@confer/libs/password-policy';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { PasswordField } from '../../../ui/password-field.component';
import { changePasswordMutation } from '../graphql/auth.graphql';
import type { Viewer } from '../hooks/use-viewer.hook';
import { PasswordHint } from './password-hint.component';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ viewer }: { viewer: Viewer }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changePassword, { loading }] = useMutation(changePasswordMutation);
  const errors = useApiError(FIELDS);
  const context = { email: viewer.email, displayName: viewer.displayName };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (currentPassword.length === 0) local.currentPassword = 'Enter your current password.';
    const check = checkPassword(newPassword, context);
    if (!check.ok) local.newPassword = check.message;
    if (Object.keys(local).length > 0) {
      errors.setFieldErrors(local);
      return;
    }
    errors.clear();
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      setCurrentPassword('');
      setNewPassword('');
      notifications.show({ color: 'green', message: 'Your password is changed. Your other sessions were logged out.' });
    } catch (error) {
      errors.capture(error);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password">
      <Stack>
        {errors.alertMessage ? <ErrorAlert title="Your password was not changed">{errors.alertMessage}</ErrorAlert> : null}
        <PasswordField
          label="Current password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.currentTarget.value)}
          error={errors.fieldError('currentPassword')}
          required
        />
        <PasswordField
          label="New password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.currentTarget.value)}
          description={<PasswordHint password={newPassword} {...context} />}
          error={errors.fieldError('newPassword')}
          required
        />
        <Group>
          <Button type="submit" loading={loading}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
