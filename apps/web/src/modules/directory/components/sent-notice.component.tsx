import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Page } from '../../../ui/page.component';

/** What a submitter sees after sending a form: what happens next, and the way back to the grid. */
export function SentNotice({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  return (
    <Page title={title} size="sm">
      <Alert color="teal" title={heading} role="status">
        {children}
      </Alert>
      <Group>
        <Button component={Link} to="/directory" variant="default">
          Back to the directory
        </Button>
      </Group>
    </Page>
  );
}
