import type { Schemas } from '../../../types/api';

export type IndustryCategory = Schemas['IndustryCategory'];
export const INDUSTRY_CATEGORIES: IndustryCategory[] = ['LEADING', 'FUTURE', 'OTHER'];

export type Industry = Schemas['IndustryView'];
export type IndustryInput = Schemas['IndustryRequest'];

/** A change of the industry from the audit trail; `changes` as stored: field → {before, after}. */
export type HistoryEntry = Schemas['AuditEventView'];
