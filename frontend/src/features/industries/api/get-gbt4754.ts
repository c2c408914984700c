import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** A GB/T 4754 section (C) or division (C27) with its name. */
export interface IndustryCode {
  code: string;
  name: string;
}

export interface IndustryCodeList {
  edition: number;
  items: IndustryCode[];
}

export const getGbt4754 = () => api<IndustryCodeList>('/api/industries/gbt4754');

/** The standard changes once a decade: read it once per session. */
export const gbt4754QueryOptions = () =>
  queryOptions({ queryKey: ['gbt4754'], queryFn: getGbt4754, staleTime: Infinity, gcTime: Infinity });

export const useGbt4754 = () => useQuery(gbt4754QueryOptions());

/**
 * The name a code is shown with: its own (C27 → the division's name), or for a finer code (C2710) the name of its
 * division, with `division` true; null when the list lacks it or is not loaded.
 */
export function industryCodeName(
  list: IndustryCode[] | undefined,
  code: string | null | undefined,
): { name: string; division?: string } | null {
  if (!list || !code) return null;
  const own = list.find((c) => c.code === code);
  if (own) return { name: own.name };
  const division = code.length > 3 ? list.find((c) => c.code === code.slice(0, 3)) : undefined;
  return division ? { name: division.name, division: division.code } : null;
}
