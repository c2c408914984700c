import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useNavigate } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp } from '../../../test/render';
import { changeLines, filterFromParams, paramsFromFilter } from './audit-filter';
import { AuditPage } from './audit-page';

afterEach(() => vi.unstubAllGlobals());

function HistoryButtons() {
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => navigate(-1)}>back</button>
      <button onClick={() => navigate(1)}>forward</button>
    </>
  );
}

const UPDATE = {
  id: 9,
  occurredAt: '2026-11-20T02:03:04Z',
  actor: 'admin',
  remoteAddress: '10.0.0.8',
  action: 'UPDATE',
  entity: 'Unit',
  entityId: '42',
  changes: { name: { before: '无影山街道', after: '无影山街道办事处' } },
};
const REFUSED = { ...UPDATE, id: 8, actor: 'leader', action: 'REFUSED', entity: 'Request', entityId: 'PUT /api/users/x', changes: null };

describe('audit trail page', () => {
  it('reads the filter from the URL, lists the entries and opens an update into before and after', async () => {
    mockApi({
      'GET /api/audit?entity=Unit&action=UPDATE&page=0&size=50': () => ({ status: 200, body: { items: [UPDATE, REFUSED], total: 2, next: null } }),
    });
    renderWithApp(<AuditPage />, { route: '/audit?entity=Unit&action=UPDATE' });
    expect(await screen.findByText('PUT /api/users/x')).toBeInTheDocument();
    expect(screen.getByText('拒绝访问')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /导出 Excel/ })).toHaveAttribute('href', '/api/audit/export?entity=Unit&action=UPDATE');
    await userEvent.click(screen.getAllByRole('button', { name: /展开行|Expand row/ })[0]);
    expect(await screen.findByText('name: 无影山街道 → 无影山街道办事处')).toBeInTheDocument();
  });

  it('follows Back and Forward: the text filters show what the URL says', async () => {
    const page = (actor: string) => () => ({ status: 200, body: { items: [{ ...UPDATE, actor }], total: 1, next: null } });
    mockApi({
      'GET /api/audit?actor=stats&page=0&size=50': page('stats'),
      'GET /api/audit?actor=admin&page=0&size=50': page('admin'),
    });
    renderWithApp(
      <>
        <AuditPage />
        <HistoryButtons />
      </>,
      { route: '/audit?actor=stats' },
    );
    const actor = screen.getByRole('searchbox', { name: '操作人' });
    expect(actor).toHaveValue('stats');
    await userEvent.clear(actor);
    await userEvent.type(actor, 'admin{Enter}');
    expect(await screen.findByRole('cell', { name: 'admin' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'back' }));
    expect(await screen.findByRole('cell', { name: 'stats' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '操作人' })).toHaveValue('stats');

    await userEvent.click(screen.getByRole('button', { name: 'forward' }));
    expect(await screen.findByRole('cell', { name: 'admin' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '操作人' })).toHaveValue('admin');
  });

  it('says so when nothing matches', async () => {
    mockApi({ 'GET /api/audit?page=0&size=50': () => ({ status: 200, body: { items: [], total: 0, next: null } }) });
    renderWithApp(<AuditPage />, { route: '/audit' });
    expect(await screen.findByText('没有符合条件的记录。')).toBeInTheDocument();
  });
});

describe('audit filter in the URL', () => {
  it('keeps known actions and well-formed days, drops the rest, and round-trips', () => {
    const filter = filterFromParams(new URLSearchParams('action=HACK&from=2026-11-01&to=yesterday&actor=%20stats%20&page=2'));
    expect(filter).toEqual({ entity: undefined, id: undefined, actor: 'stats', action: undefined, from: '2026-11-01', to: undefined, page: 2 });
    expect(paramsFromFilter(filter).toString()).toBe('actor=stats&from=2026-11-01&page=2');
  });

  it('words a create, an update and a delete', () => {
    expect(changeLines({ tags: { before: null, after: ['链主'] }, capital: { before: 10, after: null } })).toEqual([
      'tags: ∅ → ["链主"]',
      'capital: 10 → ∅',
    ]);
    expect(changeLines(null)).toEqual([]);
  });
});
