import { screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../../../test/helpers';
import { OFFICER, mockApi, renderWithApp, ok } from '../../../test/render';
import { LedgerImportModal } from './ledger-import-modal';
import { ProjectsHeader } from './projects-header';

// The pointer-events check computes the style of every ancestor on each click: slow under antd's many style rules.
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const sheet = () => new File(['xlsx'], 'ledger-2024-09.xlsx', { type: XLSX });
const fileInput = () => document.querySelector('input[type=file]') as HTMLInputElement;
// Found by label and text rather than by role: naming every element by role computes the style of its whole
// subtree, which under antd's many style rules makes a test of this dialog several times slower.
// antd puts a Select's aria-label on its wrapper too: the combobox is the input.
const combobox = (name: string) => screen.getByLabelText(name, { selector: 'input' });
const button = (name: string) =>
  screen.getByText(name, { selector: 'button, button span' }).closest('button') as HTMLButtonElement;
const table = (name: string) => screen.queryByLabelText(name, { selector: 'table' });
const option = (text: string) =>
  screen.findByText(text, { selector: '.ant-select-item-option-content, .ant-select-item-option-content span' });

const PREVIEW = {
  fileName: 'ledger-2024-09.xlsx',
  sheets: ['Sep', 'Notes'],
  sheet: 'Sep',
  title: 'Tianqiao ledger Jan-Sep 2024',
  headerRows: [3, 4],
  month: '2024-09',
  monthSource: 'TITLE',
  monthClosed: false,
  closedMonths: ['2024-08'],
  columns: [
    { index: 0, header: 'No.', field: null },
    { index: 1, header: 'Project', field: 'NAME' },
    { index: 2, header: 'Status', field: null },
    { index: 3, header: 'Lead unit', field: 'UNIT' },
    { index: 4, header: 'Cluster', field: 'ZONE' },
    { index: 5, header: 'Total (yi)', field: 'TOTAL', multiplier: 10000 },
  ],
  fields: [
    { field: 'NAME', label: 'Project name', required: true },
    { field: 'STAGE', label: 'Stage', required: true },
    { field: 'UNIT', label: 'Unit', required: true },
    { field: 'ZONE', label: 'Zone', required: false },
    { field: 'TOTAL', label: 'Total investment', required: false },
  ],
  rows: [
    { row: 5, cells: ['1', 'Plant A', 'signed', 'North street', 'North cluster', '2.5'] },
    { row: 6, cells: ['2', 'Plant B', 'signed', 'North street', 'North cluster', '1.2'] },
  ],
  dataRows: 2,
  skipped: [{ row: 8, reason: 'totals row' }],
  remembered: false,
};

const job = (id: string, patch: Record<string, unknown> = {}) => ({
  id,
  kind: 'LEDGER_IMPORT',
  state: 'QUEUED',
  done: 0,
  total: 0,
  createdAt: '2026-11-26T08:00:00Z',
  ...patch,
});
const finished = (id: string, result: Record<string, unknown>) =>
  ok(job(id, { state: 'SUCCEEDED', done: 2, total: 2, result }));
const report = (status: string, patch: Record<string, unknown> = {}) => ({
  status,
  rows: 2,
  created: 2,
  updated: 0,
  unchanged: 0,
  applied: status === 'APPLIED',
  errors: [],
  warnings: [],
  month: '2024-09',
  sheet: 'Sep',
  headerRows: [3, 4],
  skipped: [],
  unresolved: [],
  totals: [],
  ...patch,
});
const UNRESOLVED = [
  {
    kind: 'UNIT',
    name: 'North street',
    rows: [5, 6],
    count: 2,
    suggestions: [{ id: 12, name: 'North Street Office' }],
    canCreate: true,
  },
  { kind: 'ZONE', name: 'North cluster', rows: [5, 6], count: 2, suggestions: [], canCreate: true },
];
const CHECK = 'POST /api/projects/import?dryRun=true&month=2024-09';
const APPLY = 'POST /api/projects/import?dryRun=false&month=2024-09';
const formOf = (init?: RequestInit) => init?.body as FormData;
const optionsOf = (init?: RequestInit) => JSON.parse(String(formOf(init).get('options')));

describe('ledger import wizard', () => {
  it('previews, remaps a column, checks, creates the unknown names, checks again and imports', async () => {
    const user = setupUser();
    let checks = 0;
    const fetchMock = mockApi({
      'POST /api/projects/import/preview': ok(PREVIEW),
      [CHECK]: () => ({ status: 202, body: job(++checks === 1 ? 'c1' : 'c2') }),
      'GET /api/jobs/c1': finished(
        'c1',
        report('REJECTED', {
          unresolved: UNRESOLVED,
          totals: [{ row: 8, column: 'Funds/month', sheet: '1234.5', rows: '1230.5' }],
        }),
      ),
      'GET /api/jobs/c2': finished('c2', report('VALID')),
      'GET /api/units': ok({
        items: [{ id: 12, code: 'n', name: 'North Street Office', kind: 'STREET', version: 0 }],
        total: 1,
        next: null,
      }),
      'GET /api/zones': ok({ items: [{ id: 3, name: 'South cluster' }], total: 1, next: null }),
      [APPLY]: () => ({ status: 202, body: job('a1') }),
      'GET /api/jobs/a1': finished('a1', report('APPLIED')),
    });
    renderWithApp(<LedgerImportModal open onClose={() => {}} />);
    expect(screen.getByText(t('ledgerImport.upload.template'), { selector: 'a' })).toHaveAttribute(
      'href',
      '/api/projects/import/template',
    );
    await user.upload(fileInput(), sheet());

    // What was detected, and the required field no column gives yet.
    expect(await screen.findByText(t('ledgerImport.detected.headerRows', { rows: '3\u20134' }))).toBeInTheDocument();
    expect(screen.getByLabelText(t('ledgerImport.month.label'))).toHaveValue('2024-09');
    expect(screen.getByText(t('ledgerImport.month.source.TITLE'))).toBeInTheDocument();
    expect(screen.getByText(t('ledgerImport.mapping.missing', { fields: 'Stage' }))).toBeInTheDocument();
    const next = button(t('ledgerImport.mapping.check'));
    expect(next).toBeDisabled();
    expect(within(table(t('ledgerImport.mapping.tableLabel'))!).getByText('Plant A')).toBeInTheDocument();

    await user.click(combobox(t('ledgerImport.mapping.fieldFor', { header: 'Status' })));
    await user.click(await option('Stage'));
    expect(screen.queryByText(t('ledgerImport.mapping.missing', { fields: 'Stage' }))).not.toBeInTheDocument();
    await user.click(next);

    // The check's report: the unknown names, and a totals row that does not add up.
    expect(await screen.findByText('North street')).toBeInTheDocument();
    expect(
      screen.getByText(
        t('ledgerImport.report.totals', { row: 8, column: 'Funds/month', sheet: '1234.5', rows: '1230.5' }),
      ),
    ).toBeInTheDocument();
    const recheck = button(t('ledgerImport.unresolved.recheck'));
    expect(recheck).toBeDisabled();
    const kinds = (kind: string) => t(`ledgerImport.kinds.${kind}`);
    await user.click(combobox(t('ledgerImport.unresolved.choiceFor', { name: 'North street', kind: kinds('UNIT') })));
    await user.click(await option(t('ledgerImport.unresolved.create', { name: 'North street' })));
    await user.click(combobox(t('ledgerImport.unresolved.choiceFor', { name: 'North cluster', kind: kinds('ZONE') })));
    await user.click(await option(t('ledgerImport.unresolved.create', { name: 'North cluster' })));
    await user.click(recheck);

    expect(
      await screen.findByText(t('ledgerImport.report.valid', { rows: 2, created: 2, updated: 0, unchanged: 0 })),
    ).toBeInTheDocument();
    await user.click(button(t('ledgerImport.report.apply')));
    expect(await screen.findByText(t('ledgerImport.applied.title'))).toBeInTheDocument();
    expect(
      screen.getByText(t('ledgerImport.applied.summary', { month: '2024-09', created: 2, updated: 0, unchanged: 0 })),
    ).toBeInTheDocument();

    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts.map(([url]) => String(url))).toEqual([
      '/api/projects/import/preview',
      '/api/projects/import?dryRun=true&month=2024-09',
      '/api/projects/import?dryRun=true&month=2024-09',
      '/api/projects/import?dryRun=false&month=2024-09',
    ]);
    expect(formOf(posts[0][1]).get('file')).toBeInstanceOf(File);
    const mapping = { 0: null, 1: 'NAME', 2: 'STAGE', 3: 'UNIT', 4: 'ZONE', 5: 'TOTAL' };
    expect(optionsOf(posts[1][1])).toEqual({ sheet: 'Sep', mapping, resolutions: [] });
    const resolved = {
      sheet: 'Sep',
      mapping,
      resolutions: [
        { kind: 'UNIT', name: 'North street', action: 'CREATE' },
        { kind: 'ZONE', name: 'North cluster', action: 'CREATE' },
      ],
    };
    expect(optionsOf(posts[2][1])).toEqual(resolved);
    expect(optionsOf(posts[3][1])).toEqual(resolved);
    expect(formOf(posts[3][1]).get('file')).toBeInstanceOf(File);
  });

  it('reads another sheet, and a sheet without project rows cannot go on', async () => {
    const user = setupUser();
    const fetchMock = mockApi({
      'POST /api/projects/import/preview': (init) =>
        formOf(init).get('sheet') === 'Notes'
          ? {
              status: 200,
              body: { ...PREVIEW, sheet: 'Notes', title: null, headerRows: [1], rows: [], dataRows: 0, skipped: [] },
            }
          : { status: 200, body: PREVIEW },
    });
    renderWithApp(<LedgerImportModal open onClose={() => {}} />);
    await user.upload(fileInput(), sheet());
    await user.click(await screen.findByLabelText(t('ledgerImport.detected.sheet')));
    await user.click(await option('Notes'));

    expect(await screen.findByText(t('ledgerImport.mapping.empty'))).toBeInTheDocument();
    expect(screen.getByText(t('ledgerImport.detected.headerRows', { rows: '1' }))).toBeInTheDocument();
    expect(button(t('ledgerImport.mapping.check'))).toBeDisabled();
    expect(table(t('ledgerImport.mapping.tableLabel'))).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("says in the catalogue's words why a file is refused", async () => {
    const user = setupUser();
    mockApi({
      'POST /api/projects/import/preview': () => ({
        status: 400,
        contentType: 'application/problem+json',
        body: { status: 400, code: 'import.empty', detail: 'empty' },
      }),
    });
    renderWithApp(<LedgerImportModal open onClose={() => {}} />);
    await user.upload(fileInput(), sheet());
    expect(await screen.findByText(t('errors.import.empty'))).toBeInTheDocument();
    expect(screen.getByText(t('ledgerImport.upload.drop'))).toBeInTheDocument();
  });

  it('is offered on the projects header to statisticians', async () => {
    const user = setupUser();
    mockApi({ 'GET /api/me': ok({ ...OFFICER, roles: ['stats'] }) });
    renderWithApp(<ProjectsHeader view="list" listUrl="/api/projects" />, { route: '/projects' });
    await user.click(await screen.findByText(t('projects.import.button'), { selector: 'button span' }));
    expect(await screen.findByText(t('ledgerImport.title'), { selector: '.ant-modal-title' })).toBeInTheDocument();
    expect(screen.getByText(t('ledgerImport.upload.drop'))).toBeInTheDocument();
    expect(screen.queryByText(t('projects.add'))).not.toBeInTheDocument();
  });
});
