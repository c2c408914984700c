import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp } from '../../../test/render';
import { UnitsPage } from './units-page';

afterEach(() => vi.unstubAllGlobals());

const UNIT = { id: 7, code: 'luokou', name: '泺口街道', kind: 'STREET', version: 2 };

describe('units page', () => {
  it('renders rows with the kind in Chinese', async () => {
    mockApi({ 'GET /api/units': () => ({ status: 200, body: { items: [UNIT], total: 1, next: null } }) });
    renderWithApp(<UnitsPage />);
    expect(await screen.findByText('泺口街道')).toBeInTheDocument();
    expect(screen.getByText('街道')).toBeInTheDocument();
  });

  it('shows the server violation on the field when the code is taken', async () => {
    mockApi({
      'GET /api/units': () => ({ status: 200, body: { items: [UNIT], total: 1, next: null } }),
      'PUT /api/units/7': () => ({
        status: 400,
        contentType: 'application/problem+json',
        body: { status: 400, code: 'unit.code_taken', violations: [{ field: 'code', message: '单位编码已被使用：beicun' }] },
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
});
