import { theme } from 'antd';
import { useSyncExternalStore } from 'react';

/**
 * How a rise and a fall are coloured: `red-up` is the Chinese convention (an increase red, a decrease green, as on
 * a Shanghai quote board), `green-up` the Western one. A preference of this browser, kept in localStorage.
 */
export type ChangeColours = 'red-up' | 'green-up';

export const CHANGE_COLOURS: readonly ChangeColours[] = ['red-up', 'green-up'];
const STORAGE_KEY = 'attract.changeColours';
const listeners = new Set<() => void>();

function read(): ChangeColours {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'green-up' ? 'green-up' : 'red-up';
}

export function setChangeColours(value: ChangeColours) {
  localStorage.setItem(STORAGE_KEY, value);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The convention in force, following changes made anywhere in the app. */
export const useChangeColours = (): ChangeColours => useSyncExternalStore(subscribe, read, read);

/** The colour of a change: `up` a rise (or a positive difference), false a fall; under the user's convention. */
export function useChangeColour(): (up: boolean) => string {
  const convention = useChangeColours();
  const { token } = theme.useToken();
  const rise = convention === 'red-up' ? token.colorError : token.colorSuccess;
  const fall = convention === 'red-up' ? token.colorSuccess : token.colorError;
  return (up) => (up ? rise : fall);
}
