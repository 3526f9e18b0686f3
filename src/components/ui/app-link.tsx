import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { Link as RouterLink, NavLink as RouterNavLink } from 'react-router-dom';
import { pickFilters, useFilterStore } from '../../state/filters/filter-store';
import { linkState, serializeSearch } from '../../state/filters/url-codec';

/** The current filters as a query string for a link to another view (language, level, search, sort). */
export function useLinkSearch(): string {
  return useFilterStore((store) => serializeSearch(linkState(pickFilters(store))));
}

type AppLinkProps = Omit<ComponentProps<typeof RouterLink>, 'to'> & { to: string; hash?: string };

/** A link to a view of the app that keeps the shared query parameters. Styled as a Designsystemet link. */
export function AppLink({ to, hash, children, ...rest }: AppLinkProps) {
  const search = useLinkSearch();
  return (
    <DsLink asChild>
      <RouterLink to={{ pathname: to, search, hash: hash ? `#${hash}` : '' }} {...rest}>
        {children}
      </RouterLink>
    </DsLink>
  );
}

type AppNavLinkProps = Omit<ComponentProps<typeof RouterNavLink>, 'to'> & { to: string };

/** A navigation link (sets aria-current="page" on the active view) that keeps the shared parameters. */
export function AppNavLink({ to, ...rest }: AppNavLinkProps) {
  const search = useLinkSearch();
  return <RouterNavLink to={{ pathname: to, search }} {...rest} />;
}
