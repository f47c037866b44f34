import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/**
 * A password input whose show/hide toggle is reachable by keyboard and whose label does not
 * contain the word "password", so the field's own label stays the only match for it.
 */
export function PasswordField(props: PasswordInputProps) {
  return (
    <PasswordInput
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the characters typed' }}
      // Live feedback reads best right under what is being typed.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...props}
    />
  );
}
