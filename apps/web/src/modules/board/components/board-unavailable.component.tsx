import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { Page } from '../../../ui/page.component';

/** A category or thread that does not exist or is not open to the viewer (the two look the same). */
export function BoardUnavailable({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <Page title={heading}>
      <ErrorAlert title={heading}>
        {children}{' '}
        <Anchor component={Link} to="/board">
          Back to the board
        </Anchor>
      </ErrorAlert>
    </Page>
  );
}
