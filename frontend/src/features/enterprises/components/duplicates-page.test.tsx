import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICER, mockApi, renderWithApp, ok } from '../../../test/render';
import { DuplicatesPage } from './duplicates-page';

const firm = (id: number, name: string, ownerUnitId: number) => ({
  id,
  name,
  creditCode: null,
  regionCode: null,
  industryName: null,
  registeredCapital: null,
  tags: [],
  status: 'POOL',
  ownerUnitId,
  ownerUnitName: ownerUnitId === 1 ? 'Wuyingshan' : 'Luokou',
  version: 0,
});

describe('duplicates review', () => {
  it('offers a merge only inside the groups where my unit owns two firms or more', async () => {
    mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/enterprises/duplicates': ok([
        { key: 'a', firms: [firm(1, 'A 有限公司', 1), firm(2, 'A 股份有限公司', 1)] },
        { key: 'b', firms: [firm(3, 'B 有限公司', 1), firm(4, 'B（集团）有限公司', 2)] },
      ]),
    });
    renderWithApp(<DuplicatesPage />);
    expect(await screen.findByText('B（集团）有限公司')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '保留此家并合并' })).toHaveLength(2);
  });

  it('says so when there is nothing to review', async () => {
    mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/enterprises/duplicates': ok([]),
    });
    renderWithApp(<DuplicatesPage />);
    expect(await screen.findByText('没有疑似重复的企业。')).toBeInTheDocument();
  });
});
