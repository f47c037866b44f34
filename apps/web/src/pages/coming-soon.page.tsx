import { Alert, Text } from '@mantine/core';
import { Page } from '../ui/page.component';

interface ComingSoonPageProps {
  title: string;
  description: string;
}

/** A section of Confer that is planned but not built yet. */
export function ComingSoonPage({ title, description }: ComingSoonPageProps) {
  return (
    <Page title={title}>
      <Alert variant="light" color="blue" title="Coming soon">
        <Text>{description}</Text>
      </Alert>
    </Page>
  );
}
