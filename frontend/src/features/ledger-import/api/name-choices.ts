import { useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import { industriesQueryOptions } from '../../industries';
import { unitsQueryOptions } from '../../units';
import type { NameKind, NameRef } from './types';

/** Every record of a kind, to map a sheet's unknown name to (the same queries as the admin pages). */
const choicesQuery = (kind: NameKind) => {
  switch (kind) {
    case 'UNIT':
      return unitsQueryOptions();
    case 'INDUSTRY':
      return industriesQueryOptions(false);
    case 'ZONE':
      return { queryKey: ['zones'], queryFn: () => api<PageOf<NameRef>>('/api/zones') };
    case 'PARK':
      return { queryKey: ['parks'], queryFn: () => api<PageOf<NameRef>>('/api/parks') };
  }
};

/** The records of a kind, fetched once the user opens the choice. */
export function useNameChoices(kind: NameKind, enabled: boolean) {
  const { queryKey, queryFn } = choicesQuery(kind);
  return useQuery<PageOf<NameRef>>({
    queryKey,
    queryFn: queryFn as () => Promise<PageOf<NameRef>>,
    enabled,
    select: (page) => ({ ...page, items: page.items.map(({ id, name }) => ({ id, name })) }),
  });
}

/** After an import that created records, the lists that show them. */
export const NAME_QUERY_KEYS = [['units'], ['zones'], ['parks'], ['industries']];
