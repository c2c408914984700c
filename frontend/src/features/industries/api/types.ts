export type IndustryCategory = 'LEADING' | 'FUTURE' | 'OTHER';
export const INDUSTRY_CATEGORIES: IndustryCategory[] = ['LEADING', 'FUTURE', 'OTHER'];

export interface Industry {
  id: number;
  code: string;
  name: string;
  category: IndustryCategory;
  sortOrder: number;
  gbt4754Codes: string[];
  description: string | null;
  retiredOn: string | null;
  version: number;
}

export interface IndustryInput {
  code: string;
  name: string;
  category: IndustryCategory;
  sortOrder: number;
  gbt4754Codes: string[];
  description?: string;
}

export interface HistoryEntry {
  id: number;
  occurredAt: string;
  actor: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  changes: Record<string, { before: unknown; after: unknown }> | null;
}
