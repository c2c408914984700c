import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp, pageOf } from '../../../test/render';
import { SpacePage } from './space-page';

const EMPTY = { status: 200, body: { items: [], total: 0, next: null } };
const SITE = {
  id: 5,
  name: '新材料园区标准厂房 3 号',
  kind: 'FACTORY',
  park: { id: 2, name: '济南新材料产业园区' },
  zone: null,
  address: null,
  areaSqm: 12000,
  freeAreaSqm: 4500,
  contactName: null,
  contactPhone: null,
  description: null,
  suitableIndustries: [{ id: 1, name: '新型功能材料' }],
  version: 0,
};

describe('space page', () => {
  it('lists carriers filtered by the park in the URL with free and total area', async () => {
    mockApi({
      'GET /api/sites?parkId=2': pageOf([SITE]),
      'GET /api/parks': () => EMPTY,
      'GET /api/industries?includeRetired=false': () => EMPTY,
    });
    renderWithApp(<SpacePage />, { route: '/admin/space?parkId=2' });
    expect(await screen.findByText('新材料园区标准厂房 3 号')).toBeInTheDocument();
    expect(screen.getByText(/4,500 \/ 12,000 m²/)).toBeInTheDocument();
    expect(screen.getByText('厂房')).toBeInTheDocument();
  });

  it('says so when no carrier matches', async () => {
    mockApi({
      'GET /api/sites': () => EMPTY,
      'GET /api/parks': () => EMPTY,
      'GET /api/industries?includeRetired=false': () => EMPTY,
    });
    renderWithApp(<SpacePage />);
    expect(await screen.findByText('没有符合条件的载体。')).toBeInTheDocument();
  });
});
