import type { TFunction } from 'i18next';

/** A select's options for a list of codes, each labelled by its text under `texts` (events.kinds → events.kinds.EXPO). */
export const codeOptions = <C extends string>(t: TFunction, codes: readonly C[], texts: string) =>
  codes.map((code) => ({ value: code, label: t(`${texts}.${code}`) }));

/** A select's options for records by id, labelled with their names; none while they load. */
export const recordOptions = (records: readonly { id: number; name: string }[] | undefined) =>
  (records ?? []).map((record) => ({ value: record.id, label: record.name }));
