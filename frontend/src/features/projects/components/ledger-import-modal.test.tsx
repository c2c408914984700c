import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../../lib/i18n';
import { OFFICER, mockApi, renderWithApp } from '../../../test/render';
import { LedgerImportModal } from './ledger-import-modal';
import { ProjectsHeader } from './projects-header';

afterEach(() => vi.unstubAllGlobals());
configure({ asyncUtilTimeout: 5000 });
const SLOW = 60_000;

const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
const month = dayjs().subtract(1, 'month').format('YYYY-MM');
const sheet = () => new File(['code,name\nXM1,Plant\n'], 'ledger.csv', { type: 'text/csv' });
const fileInput = () => document.querySelector('input[type=file]') as HTMLInputElement;

const report = (status: 'REJECTED' | 'VALID' | 'APPLIED', extra: Record<string, unknown> = {}) => ({
  status: 200,
  body: { status, rows: 2, created: 1, updated: 1, unchanged: 0, applied: status === 'APPLIED', errors: [], warnings: [], ...extra },
});

describe('ledger import', () => {
  it('shows the errors and the non-blocking warnings of a rejected ledger', async () => {
    const fetchMock = mockApi({
      [`POST /api/projects/import?dryRun=true&month=${month}`]: () =>
        report('REJECTED', {
          errors: [{ row: 4, column: 'totalInvestment', message: 'not a number' }],
          warnings: [{ row: 1, column: 'remarkx', message: 'unknown column, ignored' }],
        }),
    });
    renderWithApp(<LedgerImportModal open onClose={() => {}} />);
    expect(screen.getByRole('link', { name: t('importWizard.template') })).toHaveAttribute('href', '/api/projects/import/template');
    await userEvent.upload(fileInput(), sheet());

    const errors = await screen.findByRole('table', { name: t('importWizard.errorsLabel') });
    expect(within(errors).getByText('not a number')).toBeInTheDocument();
    const warnings = screen.getByRole('table', { name: t('importWizard.warningsLabel') });
    expect(within(warnings).getByText('unknown column, ignored')).toBeInTheDocument();
    expect(screen.getByText(t('importWizard.rejected', { rows: 2, errors: 1 }))).toBeInTheDocument();
    expect(screen.getByText(t('importWizard.warnings', { count: 1 }))).toBeInTheDocument();

    const [, init] = fetchMock.mock.calls[0];
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File);
  }, SLOW);

  it('checks, then applies the same month with dryRun=false, still showing warnings', async () => {
    const warnings = [{ row: 1, column: 'remarkx', message: 'unknown column, ignored' }];
    const fetchMock = mockApi({
      [`POST /api/projects/import?dryRun=true&month=${month}`]: () => report('VALID', { warnings }),
      [`POST /api/projects/import?dryRun=false&month=${month}`]: () => report('APPLIED', { warnings }),
    });
    renderWithApp(<LedgerImportModal open onClose={() => {}} />);
    await userEvent.upload(fileInput(), sheet());
    expect(await screen.findByText(t('importWizard.valid', { rows: 2 }))).toBeInTheDocument();
    expect(screen.getByText('unknown column, ignored')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: t('importWizard.apply') }));
    expect(await screen.findByText(t('importWizard.applied'))).toBeInTheDocument();
    expect(screen.getByText(t('projects.import.summary', { created: 1, updated: 1, unchanged: 0 }))).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([
      `/api/projects/import?dryRun=true&month=${month}`,
      `/api/projects/import?dryRun=false&month=${month}`,
    ]);
  }, SLOW);

  it('is offered on the projects header to statisticians and opens with the month picker', async () => {
    mockApi({ 'GET /api/me': () => ({ status: 200, body: { ...OFFICER, roles: ['stats'] } }) });
    renderWithApp(<ProjectsHeader view="list" />, { route: '/projects' });
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(t('projects.import.button')) }));
    expect(await screen.findByLabelText(t('projects.import.month'))).toHaveValue(month);
    expect(screen.queryByRole('button', { name: new RegExp(t('projects.add')) })).not.toBeInTheDocument();
  }, SLOW);
});
