import type { TFunction } from 'i18next';
import type { LedgerField } from '../api/types';

/** A field's name: the catalogue's where it has one (English), else the server's own label. */
export const fieldLabel = (t: TFunction, field: Pick<LedgerField, 'field' | 'label'>) =>
  t(`ledgerImport.fieldNames.${field.field}`, { defaultValue: field.label });
