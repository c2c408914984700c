import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp, pageOf, inTurn } from '../../../test/render';
import { UnitsPage } from './units-page';

const UNIT = { id: 7, code: 'luokou', name: '泺口街道', kind: 'STREET', version: 2 };

describe('units page', () => {
  it('renders rows with the kind in Chinese', async () => {
    mockApi({ 'GET /api/units': pageOf([UNIT]) });
    renderWithApp(<UnitsPage />);
    expect(await screen.findByText('泺口街道')).toBeInTheDocument();
    expect(screen.getByText('街道')).toBeInTheDocument();
  });

  it('shows the server violation on the field when the code is taken', async () => {
    mockApi({
      'GET /api/units': pageOf([UNIT]),
      'PUT /api/units/7': () => ({
        status: 400,
        contentType: 'application/problem+json',
        body: {
          status: 400,
          code: 'unit.code_taken',
          violations: [{ field: 'code', message: '单位编码已被使用：beicun' }],
        },
      }),
    });
    renderWithApp(<UnitsPage />);
    await userEvent.click(await screen.findByRole('button', { name: /编\s?辑/ }));
    const code = await screen.findByLabelText('单位编码');
    await userEvent.clear(code);
    await userEvent.type(code, 'beicun');
    await userEvent.click(screen.getByRole('button', { name: /保\s?存/ }));
    expect(await screen.findByText('单位编码已被使用：beicun')).toBeInTheDocument();
  });

  it('says the record changed and reloads the list when the version is stale', async () => {
    const fetchMock = mockApi({
      'GET /api/units': inTurn(pageOf([UNIT]), pageOf([{ ...UNIT, name: '泺口街道办事处', version: 3 }])),
      'PUT /api/units/7': () => ({
        status: 412,
        contentType: 'application/problem+json',
        body: { status: 412, code: 'version.stale', detail: 'stale' },
      }),
    });
    renderWithApp(<UnitsPage />);
    await userEvent.click(await screen.findByRole('button', { name: /编\s?辑/ }));
    await userEvent.click(await screen.findByRole('button', { name: /保\s?存/ }));
    expect(await screen.findByText('该记录已被他人修改，已为您刷新，请重新操作。')).toBeInTheDocument();
    expect(await screen.findByText('泺口街道办事处')).toBeInTheDocument();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect((put?.[1]?.headers as Record<string, string>)['If-Match']).toBe('"2"');
  });

  it('shows the empty state when there is no unit', async () => {
    mockApi({ 'GET /api/units': pageOf([]) });
    renderWithApp(<UnitsPage />);
    expect(await screen.findByText('还没有责任单位，点击“新增单位”添加。')).toBeInTheDocument();
  });
});
