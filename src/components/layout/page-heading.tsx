import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** The view's <h1>. Focusable from script so that focus can move to it after a route change. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Heading level={1} data-size="lg" tabIndex={-1} className="page-heading">
      {children}
    </Heading>
  );
}
