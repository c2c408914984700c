import type { NameKind, Resolution, UnresolvedName } from '../api/types';

/** What the user chose for one unknown name: map it to a record, or create it. */
export type NameChoice = { action: 'MAP'; id: number } | { action: 'CREATE' };

/** Choices by {@link nameKey}. */
export type NameChoices = Record<string, NameChoice>;

export const nameKey = (kind: NameKind, name: string) => `${kind}\u0000${name}`;

/** The unknown names the user has not chosen for yet. */
export const unchosen = (unresolved: UnresolvedName[], choices: NameChoices) =>
  unresolved.filter((name) => !choices[nameKey(name.kind, name.name)]);

/**
 * Every choice made for this file and sheet, as the server's resolutions. Kept across checks: a name resolved by
 * an earlier check's choice is no longer listed as unresolved, and the import must send that choice again.
 */
export const toResolutions = (choices: NameChoices): Resolution[] =>
  Object.entries(choices).map(([key, choice]) => {
    const [kind, name] = key.split('\u0000') as [NameKind, string];
    return choice.action === 'MAP' ? { kind, name, action: 'MAP', id: choice.id } : { kind, name, action: 'CREATE' };
  });

/** The Select's value for a choice, and back. */
export const choiceValue = (choice: NameChoice | undefined): string | undefined =>
  !choice ? undefined : choice.action === 'CREATE' ? 'create' : `map:${choice.id}`;

export const choiceOf = (value: string): NameChoice =>
  value === 'create' ? { action: 'CREATE' } : { action: 'MAP', id: Number(value.slice('map:'.length)) };
