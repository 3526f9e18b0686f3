import { foldForSearch } from '../../lib/fold-for-search';

/**
 * The one place the directory matches the name search `q`: a cluster's name, former names and aliases.
 * Swap this function (e.g. for a MiniSearch index) and the directory follows.
 */
export function matchesDirectoryQuery(
  cluster: { name: string; formerNames: readonly string[]; aliases: readonly string[] },
  q: string,
): boolean {
  const needle = foldForSearch(q);
  if (needle === '') return true;
  return [cluster.name, ...cluster.formerNames, ...cluster.aliases].some((name) =>
    foldForSearch(name).includes(needle),
  );
}
