import { Button, Group, Stack, type ButtonProps, type StackProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from './error-alert.component';

interface FormShellProps {
  /** The form's accessible name. */
  label: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  loading?: boolean;
  /** `full`: the button spans the form (the narrow account pages); `auto`: as wide as its text. */
  submitWidth?: 'full' | 'auto';
  submitVariant?: ButtonProps['variant'];
  /** What went wrong that is not shown next to a field; no alert when empty. */
  alertMessage?: string | null;
  alertTitle?: string;
  /** After the alert's message, e.g. a way to start over. */
  alertAction?: ReactNode;
  /** Above the alert, e.g. a heading or a line of explanation. */
  intro?: ReactNode;
  /** Next to the submit button, e.g. Cancel. */
  extraActions?: ReactNode;
  /** Under the submit button, e.g. links to related pages. */
  footer?: ReactNode;
  gap?: StackProps['gap'];
  mt?: StackProps['mt'];
  children: ReactNode;
}

/** A form's frame: the error alert first (announced as it appears), then the fields, then the submit button. */
export function FormShell({
  label,
  onSubmit,
  submitLabel,
  loading = false,
  submitWidth = 'auto',
  submitVariant,
  alertMessage,
  alertTitle,
  alertAction,
  intro,
  extraActions,
  footer,
  gap,
  mt,
  children,
}: FormShellProps) {
  const submit = (
    <Button type="submit" variant={submitVariant} loading={loading}>
      {submitLabel}
    </Button>
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap={gap} mt={mt}>
        {intro}
        {alertMessage ? (
          <ErrorAlert title={alertTitle}>
            {alertMessage}
            {alertAction ? <>{' '}{alertAction}</> : null}
          </ErrorAlert>
        ) : null}
        {children}
        {submitWidth === 'full' ? submit : (
          <Group>
            {submit}
            {extraActions}
          </Group>
        )}
        {footer}
      </Stack>
    </form>
  );
}
