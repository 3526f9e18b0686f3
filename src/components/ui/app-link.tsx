import type { ComponentProps, MouseEvent, ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import type { ParamName } from '../../state/filters/url-codec';
import { useAppLinks } from './app-links';
import { isCurrentPath } from './link-search';

// `ComponentProps<'a'>` holds `ref` (a prop in React 19): a Designsystemet Tooltip sets one on its child.
type ViewLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** The app path (`paths.cluster(slug)`); the basename and the filters are added. */
  to: string;
  /** A fragment, without "#". */
  hash?: string;
  /** The query parameters the target view reads; the others are dropped. All when absent. */
  keeps?: readonly ParamName[];
  children: ReactNode;
};

/** href and click handler of a link to a view, from the layout's `AppLinksProvider`. */
function useViewLink({ to, hash, keeps, onClick }: Pick<ViewLinkProps, 'to' | 'hash' | 'keeps' | 'onClick'>) {
  const links = useAppLinks();
  const fragment = hash ? `#${hash}` : '';
  return {
    href: links.href(to, fragment, keeps),
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      links.follow(event, to, fragment, keeps);
    },
  };
}

/**
 * A link to a view of the app that keeps the shared query parameters, without styling of its own (a
 * timeline row, a chart's dot). A plain `<a>`: hundreds of them hydrate at the cost of one context read.
 */
export function ViewLink({ to, hash, keeps, onClick, children, ...rest }: ViewLinkProps) {
  return (
    <a {...rest} {...useViewLink({ to, hash, keeps, onClick })}>
      {children}
    </a>
  );
}

/**
 * A link to a view of the app that keeps the shared query parameters. Styled as a Designsystemet link:
 * its `Link` renders exactly this `<a class="ds-link">`, one component more per link (ADR 036).
 */
export function AppLink({ to, hash, onClick, className, children, ...rest }: Omit<ViewLinkProps, 'keeps'>) {
  return (
    <a
      {...rest}
      className={className === undefined ? 'ds-link' : `ds-link ${className}`}
      {...useViewLink({ to, hash, onClick })}
    >
      {children}
    </a>
  );
}

/**
 * A navigation link: `aria-current="page"` on the current view's (or, without `end`, a view below it),
 * keeping only the parameters its view reads.
 */
export function AppNavLink({ end = false, ...rest }: ViewLinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  return <ViewLink {...rest} aria-current={isCurrentPath(pathname, rest.to, end) ? 'page' : undefined} />;
}
