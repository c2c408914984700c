import type { Figure } from './api/get-figures';

/** A few figures of the catalogue as GET /api/figures sends them. */
export const FIGURES: Figure[] = [
  {
    id: 'funds',
    name: '到位资金',
    nameEn: 'Funds in place',
    definition: '期内到位并经审核的资金（按到位日期）。',
    definitionEn: 'Confirmed funds that arrived in the period (by arrival date).',
    unit: 'CNY_10K',
  },
  {
    id: 'signed_projects',
    name: '新签约项目（含已落地）',
    nameEn: 'Newly signed projects (incl. landed)',
    definition: '期内首次签约的项目；未经签约直接注册、开工或投产的，以其首个后续阶段计。目标考核按此口径。',
    definitionEn: 'Projects first signed in the period, or, if signing was skipped, first reaching a later stage in it.',
    unit: 'COUNT',
  },
];
