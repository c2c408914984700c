import { useSearchParams } from 'react-router-dom';
import type { RankingQuery } from '../api/types';
import { readRankingParams } from '../lib/ranking-format';

/** Year and as-of date live in the URL (?year=&asOf=), so a league table can be bookmarked and shared. */
export function useRankingParams(): [RankingQuery, (next: RankingQuery) => void] {
  const [params, setParams] = useSearchParams();
  const current = readRankingParams(params);
  const update = (next: RankingQuery) => {
    const out = new URLSearchParams();
    if (next.year) out.set('year', String(next.year));
    if (next.asOf) out.set('asOf', next.asOf);
    setParams(out, { replace: true });
  };
  return [current, update];
}
