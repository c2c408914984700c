import type { TFunction } from 'i18next';
import type { Project } from '../api/types';
import { formatMoney } from '../../../lib/format';
import { toFormValues, type ProjectFormValues } from './project-form-values';

/** Names for the ids a form holds, gathered from option lists and from both versions of the project. */
export interface Names {
  industry: Map<number, string>;
  zone: Map<number, string>;
  park: Map<number, string>;
  investor: Map<number, string>;
}

export interface ConflictRow {
  field: keyof ProjectFormValues;
  label: string;
  opened: string;
  now: string;
  mine: string;
}

const COMPARED: (keyof ProjectFormValues)[] = [
  'name',
  'pool',
  'keyProject',
  'investorEnterpriseIds',
  'originTier',
  'industryId',
  'zoneId',
  'parkId',
  'street',
  'constructionContent',
  'attractionMethod',
  'totalInvestment',
  'fixedAssetInvestment',
  'contractForeignUsd',
  'ownerUsername',
  'sponsorLeader',
  'plan',
];
const LABEL_KEYS: Partial<Record<keyof ProjectFormValues, string>> = {
  investorEnterpriseIds: 'investors',
  industryId: 'industry',
  zoneId: 'zone',
  parkId: 'park',
};
const MONEY = new Set<keyof ProjectFormValues>(['totalInvestment', 'fixedAssetInvestment', 'contractForeignUsd']);

function normal(field: keyof ProjectFormValues, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value))
    return [...value]
      .map(Number)
      .sort((a, b) => a - b)
      .join(',');
  if (MONEY.has(field)) return String(Number(value));
  return typeof value === 'string' ? value.trim() : String(value);
}

export function display(field: keyof ProjectFormValues, value: unknown, names: Names, t: TFunction): string {
  if (field === 'originTier')
    return value ? t(`projects.originTiers.${String(value)}`) : t('projects.form.originTierAuto');
  if (field === 'keyProject') return t(value ? 'projects.yes' : 'projects.no');
  if (value === undefined || value === null || value === '') return '—';
  if (field === 'investorEnterpriseIds') {
    return (value as number[]).map((id) => names.investor.get(id) ?? `#${id}`).join(t('projects.separator')) || '—';
  }
  if (field === 'pool') return t(`projects.pools.${String(value)}`);
  if (field === 'attractionMethod') return t(`projects.methods.${String(value)}`, { defaultValue: String(value) });
  if (field === 'industryId') return names.industry.get(Number(value)) ?? `#${String(value)}`;
  if (field === 'zoneId') return names.zone.get(Number(value)) ?? `#${String(value)}`;
  if (field === 'parkId') return names.park.get(Number(value)) ?? `#${String(value)}`;
  if (MONEY.has(field)) return formatMoney(value as string);
  return String(value);
}

/** The fields someone else changed on the server since the form was opened, with the three values side by side. */
export function conflictRows(
  opened: Project,
  current: Project,
  mine: ProjectFormValues,
  names: Names,
  t: TFunction,
): ConflictRow[] {
  const before = toFormValues(opened);
  const now = toFormValues(current);
  return COMPARED.filter((field) => normal(field, before[field]) !== normal(field, now[field])).map((field) => ({
    field,
    label: t(`projects.fields.${LABEL_KEYS[field] ?? field}`),
    opened: display(field, before[field], names, t),
    now: display(field, now[field], names, t),
    mine: display(field, mine[field], names, t),
  }));
}

/** Merges the names both versions of a project carry into the option names. */
export function withProjectNames(names: Names, ...projects: Project[]): Names {
  const merged: Names = {
    industry: new Map(names.industry),
    zone: new Map(names.zone),
    park: new Map(names.park),
    investor: new Map(names.investor),
  };
  projects.forEach((p) => {
    if (p.industryId && p.industryName) merged.industry.set(p.industryId, p.industryName);
    if (p.zoneId && p.zoneName) merged.zone.set(p.zoneId, p.zoneName);
    if (p.parkId && p.parkName) merged.park.set(p.parkId, p.parkName);
    p.investors.forEach((i) => merged.investor.set(i.id, i.name));
  });
  return merged;
}
