import { useQuery } from '@tanstack/react-query';
import { api, type PageOf } from '../../../lib/api-client';

/** What a visit can be linked to, and how each list names its records. */
export const LINK_KINDS = {
  enterprise: { path: '/api/enterprises', label: (item: Record<string, unknown>) => String(item.name) },
  trip: { path: '/api/trips', label: (item: Record<string, unknown>) => String(item.title) },
  event: { path: '/api/events', label: (item: Record<string, unknown>) => String(item.name) },
  project: { path: '/api/projects', label: (item: Record<string, unknown>) => String(item.name) },
} as const;
export type LinkKind = keyof typeof LINK_KINDS;

export interface LinkOption {
  value: number;
  label: string;
  /** A second line: the credit code of a firm, the dates of a trip, the day of an event, the code of a project. */
  hint: string | null;
}

function hintOf(kind: LinkKind, item: Record<string, unknown>): string | null {
  const cities = Array.isArray(item.cities) ? item.cities.join(' ') : null;
  const parts: Record<LinkKind, unknown[]> = {
    enterprise: [item.creditCode],
    trip: [item.startDate, cities],
    event: [item.heldOn, item.place],
    project: [item.code],
  };
  const text = parts[kind].filter((part) => part !== null && part !== undefined && part !== '').join(' · ');
  return text || null;
}

export async function searchLinks(kind: LinkKind, q: string): Promise<LinkOption[]> {
  const params = new URLSearchParams({ q, size: '20' });
  const found = await api<PageOf<Record<string, unknown>>>(`${LINK_KINDS[kind].path}?${params.toString()}`);
  return found.items.map((item) => ({
    value: Number(item.id),
    label: LINK_KINDS[kind].label(item),
    hint: hintOf(kind, item),
  }));
}

export const useLinkSearch = (kind: LinkKind, q: string) =>
  useQuery({
    queryKey: [kind === 'enterprise' ? 'enterprises' : `${kind}s`, 'link-search', q],
    queryFn: () => searchLinks(kind, q),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });
