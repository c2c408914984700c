import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp, ok, pageOf } from '../../../test/render';
import { IndustriesPage } from './industries-page';

const MATERIALS = {
  id: 1,
  code: 'new-materials',
  name: '新型功能材料',
  category: 'LEADING',
  sortOrder: 1,
  gbt4754Codes: ['C26', 'C30'],
  description: null,
  retiredOn: null,
  version: 3,
};

const GBT4754 = {
  edition: 2017,
  items: [
    { code: 'C26', name: '化学原料和化学制品制造业' },
    { code: 'C30', name: '非金属矿物制品业' },
  ],
};

describe('industry catalogue page', () => {
  it('shows the industries with their category and GB/T codes with their names', async () => {
    mockApi({
      'GET /api/industries?includeRetired=false': pageOf([MATERIALS]),
      'GET /api/industries/gbt4754': ok(GBT4754),
    });
    renderWithApp(<IndustriesPage />);
    expect(await screen.findByText('新型功能材料')).toBeInTheDocument();
    expect(screen.getByText('主导产业')).toBeInTheDocument();
    const code = await screen.findByText(/化学原料和化学制品制造业/);
    expect(code).toHaveTextContent('C26 化学原料和化学制品制造业');
    expect(screen.getByText(/非金属矿物制品业/)).toHaveTextContent('C30 非金属矿物制品业');
  });

  it('retires with the current version after confirmation', async () => {
    const fetchMock = mockApi({
      'GET /api/industries?includeRetired=false': pageOf([MATERIALS]),
      'GET /api/industries/gbt4754': ok(GBT4754),
      'POST /api/industries/1/retire': ok({ ...MATERIALS, retiredOn: '2026-11-24', version: 4 }),
    });
    renderWithApp(<IndustriesPage />);
    await userEvent.click(await screen.findByRole('button', { name: '停用' }));
    const confirm = await screen.findByRole('tooltip');
    await userEvent.click(within(confirm).getByRole('button', { name: /确\s?定|OK/ }));
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/retire'))).toBe(true));
    const call = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/retire'));
    expect((call?.[1]?.headers as Record<string, string>)['If-Match']).toBe('"3"');
  });
});
