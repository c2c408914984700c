import { useSearchParams } from 'react-router-dom';
import type { CockpitQuery } from '../api/types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readCockpitParams(params: URLSearchParams): CockpitQuery {
  const asOf = params.get('asOf');
  const unitId = Number(params.get('unitId'));
  return {
    asOf: asOf && DATE.test(asOf) ? asOf : undefined,
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
  };
}

/** The as-of date and the unit live in the URL (?asOf=&unitId=), so a view can be bookmarked and shared. */
export function useCockpitParams(): [CockpitQuery, (patch: Partial<CockpitQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const current = readCockpitParams(params);
  const update = (patch: Partial<CockpitQuery>) => {
    const next = { ...current, ...patch };
    const out = new URLSearchParams();
    if (next.asOf) out.set('asOf', next.asOf);
    if (next.unitId) out.set('unitId', String(next.unitId));
    setParams(out, { replace: true });
  };
  return [current, update];
}
