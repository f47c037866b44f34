import { checkPassword } from '@confer/libs/password-policy';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { FormShell } from '../../../ui/form-shell.component';
import { PasswordField } from '../../../ui/password-field.component';
import { changePasswordMutation } from '../graphql/auth.graphql';
import type { Viewer } from '../hooks/use-viewer.hook';
import { NewPasswordField } from './new-password-field.component';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm({ viewer }: { viewer: Viewer }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changePassword, { loading }] = useMutation(changePasswordMutation);
  const errors = useApiError(FIELDS);
  const context = { email: viewer.email, displayName: viewer.displayName };

  const onSubmit = errors.handleSubmit(
    () => {
      const check = checkPassword(newPassword, context);
      return {
        currentPassword: currentPassword.length === 0 && 'Enter your current password.',
        newPassword: !check.ok && check.message,
      };
    },
    async () => {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      setCurrentPassword('');
      setNewPassword('');
      notifications.show({ color: 'green', message: 'Your password is changed. Your other sessions were logged out.' });
    },
  );

  return (
    <FormShell
      label="Change password"
      onSubmit={onSubmit}
      alertMessage={errors.alertMessage}
      alertTitle="Your password was not changed"
      submitLabel="Change password"
      loading={loading}
    >
      <PasswordField
        label="Current password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.currentTarget.value)}
        error={errors.fieldError('currentPassword')}
        required
      />
      <NewPasswordField value={newPassword} onChange={setNewPassword} error={errors.fieldError('newPassword')} {...context} />
    </FormShell>
  );
}
