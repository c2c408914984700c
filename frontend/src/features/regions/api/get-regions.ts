import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Schemas } from '../../../types/api';

/** A GB/T 2260 division; provinces hold prefectures, prefectures hold counties (counties: no `children`). */
export type Region = Schemas['Region'];
export type RegionTree = Schemas['RegionTree'];

export const getRegions = () => api<RegionTree>('/api/regions');

/** The code list changes once a year: read it once per session. */
export const regionsQueryOptions = () =>
  queryOptions({ queryKey: ['regions'], queryFn: getRegions, staleTime: Infinity, gcTime: Infinity });

/** `enabled`: the list is ~100 kB, fetched only once a picker needs it. */
export const useRegions = (enabled = true) => useQuery({ ...regionsQueryOptions(), enabled });

/** 370105 → [370000, 370100, 370105]; 370100 → [370000, 370100]; 370000 → [370000]. */
export function regionPath(code: string | undefined): string[] {
  if (!code || !/^\d{6}$/.test(code)) return [];
  const province = `${code.slice(0, 2)}0000`;
  const prefecture = `${code.slice(0, 4)}00`;
  if (code === province) return [province];
  if (code === prefecture) return [province, prefecture];
  return [province, prefecture, code];
}

/** 370105 → the province, city and district names along its path; null when the list does not hold the code. */
export function regionName(tree: Region[] | undefined, code: string | undefined): string | null {
  const path = regionPath(code);
  if (!tree || path.length === 0) return null;
  const names: string[] = [];
  let level: Region[] | undefined = tree;
  for (const step of path) {
    const found: Region | undefined = level?.find((r) => r.code === step);
    if (!found) return null;
    names.push(found.name);
    level = found.children;
  }
  return names.join('');
}
