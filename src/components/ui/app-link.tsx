import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ComponentProps, MouseEvent } from 'react';
import { Link as RouterLink, NavLink as RouterNavLink } from 'react-router-dom';
import type { ParamName } from '../../state/filters/url-codec';
import { useFreshLinkClick, useLinkSearch } from './link-search';

// The hooks for links drawn without AppLink (in SVG charts), from here so they share its code's chunk.
export { useFreshLinkClick, useLinkSearch };

type AppLinkProps = Omit<ComponentProps<typeof RouterLink>, 'to'> & { to: string; hash?: string };

/** A link to a view of the app that keeps the shared query parameters. Styled as a Designsystemet link. */
export function AppLink({ to, hash, children, onClick, ...rest }: AppLinkProps) {
  const search = useLinkSearch();
  const fresh = useFreshLinkClick(search);
  const fragment = hash ? `#${hash}` : '';
  return (
    <DsLink asChild>
      <RouterLink
        to={{ pathname: to, search, hash: fragment }}
        onClick={(event: MouseEvent<HTMLAnchorElement>) => {
          onClick?.(event);
          fresh(event, to, fragment);
        }}
        {...rest}
      >
        {children}
      </RouterLink>
    </DsLink>
  );
}

type AppNavLinkProps = Omit<ComponentProps<typeof RouterNavLink>, 'to'> & {
  to: string;
  /** The query parameters the target view reads; the others are dropped. All when absent. */
  keeps?: readonly ParamName[];
};

/** A navigation link (sets aria-current="page" on the active view) that keeps the view's parameters. */
export function AppNavLink({ to, keeps, onClick, ...rest }: AppNavLinkProps) {
  const search = useLinkSearch(keeps);
  const fresh = useFreshLinkClick(search, keeps);
  return (
    <RouterNavLink
      to={{ pathname: to, search }}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        onClick?.(event);
        fresh(event, to);
      }}
      {...rest}
    />
  );
}
