import type { LinkOption } from '../api/search-links';
import type { Labeled } from './link-select';

const KEEP = 30;
const storageKey = (owner: string) => `attract.recentFirms.${owner}`;

/**
 * The firms this login chose in the visit form on this device, newest first: offline, the firm picker offers them,
 * since the target library cannot be searched without the server (ADR 0035).
 */
export function recentFirms(owner: string): Labeled[] {
  try {
    const list = JSON.parse(localStorage.getItem(storageKey(owner)) ?? '[]') as Labeled[];
    return Array.isArray(list) ? list.filter((f) => typeof f?.value === 'number' && typeof f.label === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberFirm(owner: string, firm: Labeled | null | undefined): void {
  if (!firm) return;
  const list = [{ value: firm.value, label: firm.label }, ...recentFirms(owner).filter((f) => f.value !== firm.value)];
  try {
    localStorage.setItem(storageKey(owner), JSON.stringify(list.slice(0, KEEP)));
  } catch {
    // best effort, as the draft
  }
}

/** The recent firms whose name holds the term (blank: all of them), as the picker lists search results. */
export function searchRecentFirms(owner: string, term: string): LinkOption[] {
  const wanted = term.trim().toLowerCase();
  return recentFirms(owner)
    .filter((firm) => firm.label.toLowerCase().includes(wanted))
    .map((firm) => ({ ...firm, hint: null }));
}
