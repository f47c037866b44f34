import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Page } from '../../../ui/page.component';

interface AccountPageProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** A narrow page with its content on one bordered panel: logging in, joining, passwords, email links. */
export function AccountPage({ title, intro, children }: AccountPageProps) {
  return (
    <Page title={title} intro={intro} size="xs">
      <Paper withBorder p="lg">
        {children}
      </Paper>
    </Page>
  );
}

interface AccountResultPageProps {
  title: string;
  /** What happened, announced to screen readers. */
  status: ReactNode;
  /** What to do next. */
  children?: ReactNode;
}

/** The outcome of an account step (an email sent, a password set, an address verified). */
export function AccountResultPage({ title, status, children }: AccountResultPageProps) {
  return (
    <AccountPage title={title}>
      <Stack>
        <Text role="status">{status}</Text>
        {children}
      </Stack>
    </AccountPage>
  );
}
