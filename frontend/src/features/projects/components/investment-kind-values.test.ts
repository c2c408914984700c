import { describe, expect, it } from 'vitest';
import { PROJECT } from '../test-fixtures';
import { toFormValues, toInput, type ProjectFormValues } from './project-form-values';

const base: ProjectFormValues = {
  name: '二期技改',
  pool: 'PROMOTION',
  keyProject: false,
  investorEnterpriseIds: [],
  totalInvestment: '50000',
};

describe('investment kind in the request (三明)', () => {
  it('sends the increment and the original project of an upgrade, as exact decimals', () => {
    const input = toInput({ ...base, investmentKind: 'UPGRADE', incrementInvestment: '12000.0001', baseProjectId: 41 });
    expect(input).toMatchObject({ investmentKind: 'UPGRADE', incrementInvestment: 12000.0001, baseProjectId: 41 });
  });

  it('drops an increment left over when the person switches back to a new project', () => {
    const input = toInput({ ...base, investmentKind: 'NEW', incrementInvestment: '300', baseProjectId: 41 });
    expect(input).toMatchObject({ investmentKind: 'NEW', incrementInvestment: null, baseProjectId: null });
  });

  it('reads an upgrade back into the form', () => {
    const values = toFormValues({
      ...PROJECT,
      investmentKind: 'CAPITAL_INCREASE',
      incrementInvestment: 2500,
      baseProjectId: 9,
    });
    expect(values).toMatchObject({ investmentKind: 'CAPITAL_INCREASE', incrementInvestment: '2500', baseProjectId: 9 });
  });
});
