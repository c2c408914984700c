import { useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';

/** Just what the investor picker shows of a firm of the target library. */
export type InvestorOption = Pick<Schemas['EnterpriseListItem'], 'id' | 'name' | 'creditCode'>;

export const searchInvestors = (q: string) =>
  api<PageOf<InvestorOption>>(`/api/enterprises?${new URLSearchParams({ q, size: '20' }).toString()}`);

export const useInvestorSearch = (q: string) =>
  useQuery({
    queryKey: ['enterprises', 'investor-search', q],
    queryFn: () => searchInvestors(q),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });
