import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OFFICER, mockApi, renderWithApp, ok, pageOf } from '../../../test/render';
import { EnterprisesPage } from './enterprises-page';

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
const UNITS = [
  { id: 1, code: 'wuyingshan', name: '无影山街道', kind: 'STREET', version: 0 },
  { id: 2, code: 'invest', name: '区投资促进局', kind: 'DEPARTMENT', version: 0 },
];
const REGIONS = {
  dataYear: 2023,
  items: [
    {
      code: '370000',
      name: '山东省',
      children: [{ code: '370100', name: '济南市', children: [{ code: '370105', name: '天桥区' }] }],
    },
  ],
};

describe('target library list', () => {
  it('searches by pinyin initials and filters by tag through the API', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/industries?includeRetired=false': pageOf([]),
      'GET /api/units': pageOf(UNITS),
      'GET /api/enterprises?sort=-createdAt&page=0&size=20': pageOf([]),
      'GET /api/enterprises?q=jnxcl&sort=-createdAt&page=0&size=20': pageOf([FIRM]),
      'GET /api/enterprises?q=jnxcl&tag=GAZELLE&sort=-createdAt&page=0&size=20': pageOf([FIRM]),
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
      'GET /api/me': ok({ ...OFFICER, roles: ['leader'] }),
      'GET /api/industries?includeRetired=false': pageOf([]),
      'GET /api/units': pageOf(UNITS),
      'GET /api/enterprises?sort=-createdAt&page=0&size=20': pageOf([FIRM]),
    });
    renderWithApp(<EnterprisesPage />, { route: '/enterprises' });
    await screen.findByRole('link', { name: '济南新材料科技有限公司' });
    expect(screen.queryByRole('button', { name: '新增企业' })).not.toBeInTheDocument();
  });

  it('filters by origin region and owner unit from the URL, and by another owner unit when chosen', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/industries?includeRetired=false': pageOf([]),
      'GET /api/units': pageOf(UNITS),
      'GET /api/regions': ok(REGIONS),
      'GET /api/enterprises?regionCode=370105&ownerUnitId=1&sort=-createdAt&page=0&size=20': pageOf([FIRM]),
      'GET /api/enterprises?regionCode=370105&ownerUnitId=2&sort=-createdAt&page=0&size=20': pageOf([]),
    });
    renderWithApp(<EnterprisesPage />, { route: '/enterprises?regionCode=370105&ownerUnitId=1' });
    await screen.findByRole('link', { name: '济南新材料科技有限公司' });
    expect(await screen.findByText('山东省 / 济南市 / 天桥区')).toBeInTheDocument();
    expect(screen.getByTitle('无影山街道')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: '负责单位' }));
    await userEvent.click(await screen.findByTitle('区投资促进局'));
    expect(await screen.findByText('没有符合条件的企业。换个关键词或去掉筛选试试。')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('ownerUnitId=2'))).toBe(true);
  });
});
