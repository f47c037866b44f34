import { Button, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { Page } from '../ui/page.component';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <Text>There is no page at this address. It may have moved, or the link may be mistyped.</Text>
      <div>
        <Button component={Link} to="/">
          Go to the home page
        </Button>
      </div>
    </Page>
  );
}
