import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

interface ErrorAlertProps {
  title?: string;
  children: ReactNode;
}

/** A problem the person should read now: announced by screen readers as it appears. */
export function ErrorAlert({ title = 'Something went wrong', children }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {children}
    </Alert>
  );
}
