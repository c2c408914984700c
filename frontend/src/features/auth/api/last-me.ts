import type { Me } from './get-me';

const STORAGE_KEY = 'attract.lastMe';

/** Who was logged in on this device when the network last answered: lets the app open offline (ADR 0035). */
export function rememberMe(me: Me): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(me));
  } catch {
    // private browsing or a full storage: the app simply does not open offline
  }
}

export function lastMe(): Me | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const me = raw ? (JSON.parse(raw) as Partial<Me>) : null;
    return me && typeof me.username === 'string' && Array.isArray(me.roles) ? (me as Me) : null;
  } catch {
    return null;
  }
}

/** On logout, and when the server says the session is gone. */
export function forgetMe(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // as above
  }
}
