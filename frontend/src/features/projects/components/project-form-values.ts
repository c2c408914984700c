import type { Dayjs } from 'dayjs';
import type { AttractionMethod, InvestmentKind, OriginTier, Pool, Project, ProjectInput, Stage } from '../api/types';
import { blankToNull, toDateString, toDecimal } from '../../../lib/format';

/** What the project form holds: money as text so that decimals stay exact. */
export interface ProjectFormValues {
  code?: string;
  name: string;
  pool: Pool;
  keyProject: boolean;
  investorEnterpriseIds: number[];
  originTier?: OriginTier;
  industryId?: number;
  zoneId?: number;
  parkId?: number;
  street?: string;
  constructionContent?: string;
  attractionMethod?: AttractionMethod;
  totalInvestment?: string;
  fixedAssetInvestment?: string;
  contractForeignUsd?: string;
  investmentKind?: InvestmentKind;
  baseProjectId?: number;
  incrementInvestment?: string;
  ownerUsername?: string;
  sponsorLeader?: string;
  sponsorUsername?: string;
  plan?: string;
  leadId?: number;
  tripId?: number;
  stage?: Stage;
  effectiveDate?: Dayjs;
}

const text = (value: number | null) => (value === null || value === undefined ? undefined : String(value));
const opt = <T>(value: T | null | undefined) => value ?? undefined;

export function toFormValues(p: Project): ProjectFormValues {
  return {
    name: p.name,
    pool: p.pool,
    keyProject: p.keyProject,
    investorEnterpriseIds: p.investorEnterpriseIds ?? p.investors.map((i) => i.id),
    // A tier the server worked out from the investor stays "automatic" unless the person picks one.
    originTier: p.originTierComputed ? undefined : opt(p.originTier),
    industryId: opt(p.industryId),
    zoneId: opt(p.zoneId),
    parkId: opt(p.parkId),
    street: opt(p.street),
    constructionContent: opt(p.constructionContent),
    attractionMethod: opt(p.attractionMethod) as AttractionMethod | undefined,
    totalInvestment: text(p.totalInvestment),
    fixedAssetInvestment: text(p.fixedAssetInvestment),
    contractForeignUsd: text(p.contractForeignUsd),
    investmentKind: p.investmentKind ?? 'NEW',
    baseProjectId: opt(p.baseProjectId),
    incrementInvestment: text(p.incrementInvestment ?? null),
    ownerUsername: opt(p.ownerUsername),
    sponsorLeader: opt(p.sponsorLeader),
    sponsorUsername: opt(p.sponsorUsername),
    plan: opt(p.plan),
    leadId: opt(p.leadId),
    tripId: opt(p.tripId),
  };
}

/**
 * The request body. PUT replaces the whole project, so an edit carries over what the form does not
 * show (code, GB/T code, site, source) from the version it is based on.
 */
export function toInput(values: ProjectFormValues, base?: Project): ProjectInput {
  const common: ProjectInput = {
    name: values.name.trim(),
    pool: values.pool,
    keyProject: !!values.keyProject,
    investorEnterpriseIds: values.investorEnterpriseIds ?? [],
    originTier: values.originTier ?? null,
    industryId: values.industryId ?? null,
    zoneId: values.zoneId ?? null,
    parkId: values.parkId ?? null,
    street: blankToNull(values.street),
    constructionContent: blankToNull(values.constructionContent),
    attractionMethod: values.attractionMethod ?? null,
    totalInvestment: toDecimal(values.totalInvestment),
    fixedAssetInvestment: toDecimal(values.fixedAssetInvestment),
    contractForeignUsd: toDecimal(values.contractForeignUsd),
    ...investmentKindInput(values),
    ownerUsername: blankToNull(values.ownerUsername),
    sponsorLeader: blankToNull(values.sponsorLeader),
    sponsorUsername: blankToNull(values.sponsorLeader) ? (values.sponsorUsername ?? null) : null,
    plan: blankToNull(values.plan),
    leadId: values.leadId ?? null,
    tripId: values.tripId ?? null,
  };
  if (base) {
    return {
      ...common,
      code: base.code,
      industryCode: base.industryCode,
      // A site belongs to a park: moving the project to another park drops it.
      siteId: (values.parkId ?? null) === base.parkId ? base.siteId : null,
      source: base.source,
    };
  }
  return {
    ...common,
    code: blankToNull(values.code),
    stage: values.stage ?? 'LEAD',
    effectiveDate: values.effectiveDate ? toDateString(values.effectiveDate) : undefined,
  };
}

/** A new project sends no increment and no base; an upgrade or capital increase sends both (base optional). */
function investmentKindInput(
  values: ProjectFormValues,
): Pick<ProjectInput, 'investmentKind' | 'baseProjectId' | 'incrementInvestment'> {
  const kind = values.investmentKind ?? 'NEW';
  if (kind === 'NEW') return { investmentKind: kind, baseProjectId: null, incrementInvestment: null };
  return {
    investmentKind: kind,
    baseProjectId: values.baseProjectId ?? null,
    incrementInvestment: toDecimal(values.incrementInvestment),
  };
}
