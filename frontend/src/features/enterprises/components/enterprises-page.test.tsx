import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFICER, mockApi, renderWithApp } from '../../../test/render';
import { EnterprisesPage } from './enterprises-page';

afterEach(() => vi.unstubAllGlobals());

const FIRM = {
  id: 9,
  name: '济南新材料科技有限公司',
  creditCode: '91370100MA03000008',
  regionCode: '370100',
  industryName: '新型功能材料',
  registeredCapital: 5000,
  tags: [{ tag: 'GAZELLE', listYear: 2024 }],
  status: 'FOLLOWING',
  ownerUnitId: 1,
  ownerUnitName: '无影山街道',
  version: 0,
};
const page = (items: unknown[]) => ({ status: 200, body: { items, total: items.length, next: null } });

describe('target library list', () => {
  it('searches by pinyin initials and filters by tag through the API', async () => {
    const fetchMock = mockApi({
      'GET /api/me': () => ({ status: 200, body: OFFICER }),
      'GET /api/industries?includeRetired=false': () => page([]),
      'GET /api/enterprises?sort=-createdAt&page=0&size=20': () => page([]),
      'GET /api/enterprises?q=jnxcl&sort=-createdAt&page=0&size=20': () => page([FIRM]),
      'GET /api/enterprises?q=jnxcl&tag=GAZELLE&sort=-createdAt&page=0&size=20': () => page([FIRM]),
    });
    renderWithApp(<EnterprisesPage />, { route: '/enterprises' });
    expect(await screen.findByText('没有符合条件的企业。换个关键词或去掉筛选试试。')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('搜索企业'), 'jnxcl{enter}');
    expect(await screen.findByRole('link', { name: '济南新材料科技有限公司' })).toBeInTheDocument();
    expect(screen.getByText('瞪羚 2024')).toBeInTheDocument();
    expect(screen.getByText('跟进中')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '瞪羚', pressed: false }));
    await vi.waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => String(url).includes('tag=GAZELLE'))).toBe(true),
    );
  });

  it('offers "new firm" to officers only', async () => {
    mockApi({
      'GET /api/me': () => ({ status: 200, body: { ...OFFICER, roles: ['leader'] } }),
      'GET /api/industries?includeRetired=false': () => page([]),
      'GET /api/enterprises?sort=-createdAt&page=0&size=20': () => page([FIRM]),
    });
    renderWithApp(<EnterprisesPage />, { route: '/enterprises' });
    await screen.findByRole('link', { name: '济南新材料科技有限公司' });
    expect(screen.queryByRole('button', { name: '新增企业' })).not.toBeInTheDocument();
  });
});
