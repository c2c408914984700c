import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useNavigate } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp, ok, pageOf } from '../../../test/render';
import { beijingMinute, changeLines, filterFromParams, paramsFromFilter } from './audit-filter';
import { AuditPage } from './audit-page';

function HistoryButtons() {
  const navigate = useNavigate();
  return (
    <>
      <button onClick={() => navigate(-1)}>back</button>
      <button onClick={() => navigate(1)}>forward</button>
    </>
  );
}

const TYPES = [
  { type: 'Project', label: '项目' },
  { type: 'Unit', label: '责任单位' },
];
const STAGE_CHANGE = {
  id: 9,
  occurredAt: '2026-12-07T01:42:30Z',
  actor: 'officer',
  actorName: '王伟',
  system: false,
  remoteAddress: '10.0.0.8',
  action: 'UPDATE',
  entity: 'Project',
  entityLabel: '项目',
  entityId: '1513',
  record: 'TQ2026-018 新材料产业园项目',
  changes: { stage: { before: 'NEGOTIATING', after: 'SIGNED' } },
  readable: [
    { field: 'stage', label: '阶段', before: '在谈', after: '签约' },
    { field: 'signedOn', label: '签约日期', before: null, after: '2026-12-06' },
  ],
};
const BY_SYSTEM = {
  ...STAGE_CHANGE,
  id: 10,
  actor: 'system',
  actorName: '系统',
  system: true,
  readable: [{ field: 'keyProject', label: '重点项目', before: '否', after: '是' }],
};
const REFUSED = {
  ...STAGE_CHANGE,
  id: 8,
  actor: 'leader',
  actorName: '李领导',
  action: 'REFUSED',
  entity: 'Request',
  entityLabel: '访问请求',
  entityId: 'PUT /api/users/x',
  record: 'PUT /api/users/x',
  changes: null,
  readable: [],
};
const UPDATE = STAGE_CHANGE;

describe('audit trail page', () => {
  it('reads the filter from the URL and shows each entry as a person says it', async () => {
    mockApi({
      'GET /api/audit/types': ok(TYPES),
      'GET /api/audit?entity=Project&action=UPDATE&page=0&size=50': ok({
        items: [BY_SYSTEM, STAGE_CHANGE, REFUSED],
        total: 3,
        next: null,
      }),
    });
    renderWithApp(<AuditPage />, { route: '/audit?entity=Project&action=UPDATE' });
    expect(await screen.findAllByText('TQ2026-018 新材料产业园项目')).toHaveLength(2);
    // the type by its Chinese name, in the table and in the filter
    expect(screen.getAllByRole('cell', { name: '项目' })).toHaveLength(2);
    expect(await screen.findByTitle('项目')).toBeInTheDocument();
    // people by name, the system as 系统, time in Beijing to the minute
    expect(screen.getByRole('cell', { name: '王伟' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '系统' })).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: '2026-12-07 09:42' })).toHaveLength(3);
    expect(screen.getByText('拒绝访问')).toBeInTheDocument();
    expect(screen.queryByText('1513')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /导出 Excel/ })).toHaveAttribute(
      'href',
      '/api/audit/export?entity=Project&action=UPDATE',
    );

    await userEvent.click(screen.getAllByRole('button', { name: /展开行|Expand row/ })[1]);
    expect(await screen.findByText('阶段: 在谈 → 签约')).toBeInTheDocument();
    expect(screen.getByText('签约日期: （空） → 2026-12-06')).toBeInTheDocument();
  });

  it('shows the login when pointing at a name', async () => {
    mockApi({
      'GET /api/audit/types': ok(TYPES),
      'GET /api/audit?page=0&size=50': pageOf([STAGE_CHANGE]),
    });
    renderWithApp(<AuditPage />, { route: '/audit' });
    await userEvent.hover(await screen.findByText('王伟'));
    expect(await screen.findByText('登录名：officer')).toBeInTheDocument();
  });

  it('filters by the record type chosen by its Chinese name and by the record as it is known', async () => {
    const fetchMock = mockApi({
      'GET /api/audit/types': ok(TYPES),
      'GET /api/audit?page=0&size=50': pageOf([]),
      'GET /api/audit?entity=Project&page=0&size=50': pageOf([STAGE_CHANGE]),
      'GET /api/audit?entity=Project&record=TQ2026-018&page=0&size=50': ok({
        items: [STAGE_CHANGE],
        total: 1,
        next: null,
      }),
    });
    renderWithApp(<AuditPage />, { route: '/audit' });
    await userEvent.click(screen.getByRole('combobox', { name: '对象类型' }));
    await userEvent.type(screen.getByRole('combobox', { name: '对象类型' }), '项目');
    await userEvent.click(await screen.findByTitle('项目'));
    expect(await screen.findByText('TQ2026-018 新材料产业园项目')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: '对象' }), 'TQ2026-018{Enter}');
    await screen.findByText('TQ2026-018 新材料产业园项目');
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/audit?entity=Project&record=TQ2026-018&page=0&size=50',
      expect.anything(),
    );
  });

  it('follows Back and Forward: the text filters show what the URL says', async () => {
    const page = (actor: string) => ok({ items: [{ ...UPDATE, actor, actorName: actor }], total: 1, next: null });
    mockApi({
      'GET /api/audit/types': ok(TYPES),
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
    mockApi({
      'GET /api/audit/types': ok(TYPES),
      'GET /api/audit?page=0&size=50': pageOf([]),
    });
    renderWithApp(<AuditPage />, { route: '/audit' });
    expect(await screen.findByText('没有符合条件的记录。')).toBeInTheDocument();
  });
});

describe('audit filter in the URL', () => {
  it('keeps known actions and well-formed days, drops the rest, and round-trips', () => {
    const filter = filterFromParams(
      new URLSearchParams('action=HACK&from=2026-11-01&to=yesterday&actor=%20stats%20&page=2'),
    );
    expect(filter).toEqual({
      entity: undefined,
      id: undefined,
      record: undefined,
      actor: 'stats',
      action: undefined,
      from: '2026-11-01',
      to: undefined,
      page: 2,
    });
    expect(paramsFromFilter(filter).toString()).toBe('actor=stats&from=2026-11-01&page=2');
  });

  it('words a create, an update and a delete', () => {
    const changes = [
      { field: 'tags', label: '企业标签', before: null, after: '链主(2023)' },
      { field: 'registeredCapital', label: '注册资本(万元)', before: '10', after: null },
    ];
    expect(changeLines('UPDATE', changes, '（空）')).toEqual([
      '企业标签: （空） → 链主(2023)',
      '注册资本(万元): 10 → （空）',
    ]);
    expect(changeLines('CREATE', changes.slice(0, 1), '（空）')).toEqual(['企业标签: 链主(2023)']);
    expect(changeLines('DELETE', changes.slice(1), '（空）')).toEqual(['注册资本(万元): 10']);
    expect(changeLines('LOGIN', [], '（空）')).toEqual([]);
  });

  it('writes every time in Beijing to the minute, whatever the browser’s zone', () => {
    expect(beijingMinute('2026-12-07T01:42:59Z')).toBe('2026-12-07 09:42');
    expect(beijingMinute('2026-12-31T16:05:00Z')).toBe('2027-01-01 00:05');
  });
});
