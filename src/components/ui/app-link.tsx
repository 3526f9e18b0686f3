import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { Link as RouterLink, NavLink as RouterNavLink } from 'react-router-dom';
import { pickFilters, useFilterStore } from '../../state/filters/filter-store';
import { DEFAULT_FILTERS, type FilterState } from '../../state/filters/filter-state';
import { linkState, serializeSearch, type ParamName } from '../../state/filters/url-codec';

const FIELD_OF_PARAM: Record<ParamName, keyof FilterState> = {
  level: 'levels',
  q: 'q',
  sort: 'sort',
  lang: 'lang',
  present: 'present',
  slide: 'slide',
  step: 'step',
};

/** The state with every parameter a view does not keep set back to its default (so a link drops it). */
export function keepOnly(state: FilterState, keeps: readonly ParamName[]): FilterState {
  const kept = { ...DEFAULT_FILTERS };
  for (const param of keeps) Object.assign(kept, { [FIELD_OF_PARAM[param]]: state[FIELD_OF_PARAM[param]] });
  return kept;
}

/**
 * The current filters as a query string for a link to another view (language, level, search, sort);
 * with `keeps`, only the parameters the target view reads (the view registry says which).
 */
export function useLinkSearch(keeps?: readonly ParamName[]): string {
  return useFilterStore((store) => {
    const state = linkState(pickFilters(store));
    return serializeSearch(keeps ? keepOnly(state, keeps) : state);
  });
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

type AppNavLinkProps = Omit<ComponentProps<typeof RouterNavLink>, 'to'> & {
  to: string;
  /** The query parameters the target view reads; the others are dropped. All when absent. */
  keeps?: readonly ParamName[];
};

/** A navigation link (sets aria-current="page" on the active view) that keeps the view's parameters. */
export function AppNavLink({ to, keeps, ...rest }: AppNavLinkProps) {
  const search = useLinkSearch(keeps);
  return <RouterNavLink to={{ pathname: to, search }} {...rest} />;
}
