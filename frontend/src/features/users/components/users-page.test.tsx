import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp, ok, pageOf } from '../../../test/render';
import { UsersPage } from './users-page';

const UNITS = {
  items: [
    { id: 1, code: 'luokou', name: '泺口街道', kind: 'STREET', version: 0 },
    { id: 2, code: 'invest', name: '区投资促进局', kind: 'DEPARTMENT', version: 0 },
  ],
  total: 2,
  next: null,
};
const OFFICER2 = { username: 'officer2', displayName: '李娜', unit: null, lastSeenAt: null, version: 0 };

describe('users page', () => {
  it('assigns a user to a unit with the unit select', async () => {
    const fetchMock = mockApi({
      'GET /api/users': pageOf([OFFICER2]),
      'GET /api/units': ok(UNITS),
      'PUT /api/users/officer2': ok({ ...OFFICER2, unit: UNITS.items[1] }),
    });
    renderWithApp(<UsersPage />);
    expect(await screen.findByText('李娜')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('combobox', { name: '所属单位 officer2' }));
    await userEvent.click(await screen.findByTitle('区投资促进局'));
    expect(await screen.findByText('已分配单位')).toBeInTheDocument();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ displayName: '李娜', unitId: 2 });
  });

  it('says so when there is no user yet', async () => {
    mockApi({
      'GET /api/users': pageOf([]),
      'GET /api/units': ok(UNITS),
    });
    renderWithApp(<UsersPage />);
    expect(await screen.findByText('还没有用户登录过。用户首次登录后出现在这里，可为其分配单位。')).toBeInTheDocument();
  });
});
