import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../test/helpers';
import { OFFICER, mockApi, ok, renderWithApp, type Answer } from '../../../test/render';
import { attachmentName } from '../api/download-monthly-report-pdf';
import type { MonthlyReport, ReportFigures } from '../api/types';
import { FIGURES as CATALOGUE } from '../../figures/test-fixtures';
import { formatFigure } from './format';
import { ReportsPage } from './reports-page';

const FIGURES: ReportFigures = {
  newMonth: 3,
  negotiatingMonth: 2,
  signedMonth: 1,
  landedMonth: 1,
  newYear: 27,
  negotiatingYear: 14,
  signedYear: 9,
  landedYear: 6,
  totalInvestmentNewYear: 456789,
  fundsMonth: 1234.5,
  fundsYearToDate: 98765.25,
  foreignUsdMonth: 50,
  foreignUsdYearToDate: 870,
};

const SAMPLE: MonthlyReport = {
  month: '2026-09',
  from: '2026-09-01',
  to: '2026-09-30',
  summary: FIGURES,
  newYoyPercent: 12.5,
  fundsYoyPercent: -3.2,
  foreignUsdYoyPercent: null,
  newLastYear: 24,
  fundsLastYear: 102000,
  foreignUsdLastYear: null,
  targets: null,
  ledgerScope: null,
  figureIds: {},
  dataAsOf: null,
  byUnit: [
    { id: 1, name: 'Wuyingshan', figures: { ...FIGURES, newMonth: 2, newYear: 20 }, targets: null },
    { id: 2, name: 'Huashan', figures: { ...FIGURES, newMonth: 1, newYear: 7 }, targets: null },
  ],
  byIndustry: [{ id: 7, name: 'New materials', figures: FIGURES, targets: null }],
  projects: [],
  publication: {
    status: 'OPEN',
    closedAt: null,
    closedBy: null,
    closedByName: null,
    liveSummary: null,
    adjustments: [],
  },
};

const CLOSED = {
  ...SAMPLE.publication,
  status: 'CLOSED' as const,
  closedAt: '2026-10-08T09:30:00',
  closedBy: 'Zhao Min',
};

const me = (roles: string[]) => ok({ ...OFFICER, roles });

/** The report page on September for someone with these roles, the server answering with the report and `more`. */
function openSeptember(roles: string[], report: Answer, more: Record<string, Answer> = {}) {
  const fetchMock = mockApi({ 'GET /api/me': me(roles), 'GET /api/reports/monthly/2026-09': report, ...more });
  renderWithApp(<ReportsPage />, { route: '/reports?month=2026-09' });
  return fetchMock;
}

describe('monthly report', () => {
  it('shows the summary, the tables with totals and the Excel link for the month in the URL', async () => {
    openSeptember(['leader'], ok(SAMPLE));

    const summary = await screen.findByTestId('report-summary');
    const newRow = within(summary).getByText(t('reports.metrics.new')).closest('tr') as HTMLElement;
    expect(within(newRow).getByText('3')).toBeInTheDocument();
    expect(within(newRow).getByText('27')).toBeInTheDocument();
    expect(within(newRow).getByText('24')).toBeInTheDocument();
    expect(within(newRow).getByText('+12.5%')).toBeInTheDocument();
    expect(within(summary).getAllByText(t('reports.yearToDate', { n: 9 }))[0]).toBeInTheDocument();
    const fundsRow = within(summary).getByText(t('reports.metrics.funds')).closest('tr') as HTMLElement;
    expect(within(fundsRow).getByText('-3.2%')).toBeInTheDocument();

    const byUnit = screen.getByTestId('report-by-unit');
    const totals = within(byUnit).getByText(t('reports.total')).closest('tr') as HTMLElement;
    expect(within(totals).getAllByText('3')[0]).toBeInTheDocument();
    expect(within(totals).getByText('27')).toBeInTheDocument();
    expect(within(screen.getByTestId('report-by-industry')).getByText('New materials')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: new RegExp(t('reports.download')) })).toHaveAttribute(
      'href',
      '/api/reports/monthly/2026-09.xlsx',
    );
    expect(screen.getByTestId('report-status')).toHaveTextContent(t('reports.open'));
    expect(screen.queryByRole('button', { name: t('reports.close') })).not.toBeInTheDocument();
  });

  it('shows the progress against targets with 序时进度, ahead and behind', async () => {
    const targets = {
      month: 9,
      timeProgressPercent: 75,
      lines: [
        { metric: 'SIGNED', target: 40, actual: 31, completionPercent: 77.5, aheadPoints: 2.5 },
        { metric: 'FUNDS', target: 120000.5, actual: 60000, completionPercent: 49.99, aheadPoints: -25.01 },
      ],
    };
    openSeptember(['leader'], ok({ ...SAMPLE, targets }));

    const table = await screen.findByTestId('report-targets');
    const signed = within(table)
      .getByText(/新签约项目/)
      .closest('tr') as HTMLElement;
    expect(within(signed).getByText('77.5%')).toBeInTheDocument();
    expect(within(signed).getByText('超 2.5 个百分点')).toBeInTheDocument();
    const funds = within(table)
      .getByText(/到位资金/)
      .closest('tr') as HTMLElement;
    expect(within(funds).getByText('120,000.5')).toBeInTheDocument();
    expect(within(funds).getByText('低于 25.01 个百分点')).toBeInTheDocument();
    expect(screen.getByText(/序时进度 75/)).toBeInTheDocument();
  });

  it('names every figure as the catalogue does, each with its ⓘ, and a rise in red', async () => {
    const figureIds = {
      newYear: 'new_projects',
      negotiatingYear: 'new_negotiating',
      signedYear: 'new_signed',
      landedYear: 'new_landed',
      newMonth: 'new_projects',
      totalInvestmentNewYear: 'counted_investment',
      fundsMonth: 'funds',
      fundsYearToDate: 'funds',
      foreignUsdYearToDate: 'foreign_usd',
    };
    openSeptember(['leader'], ok({ ...SAMPLE, figureIds }), { 'GET /api/figures': ok(CATALOGUE) });

    const summary = await screen.findByTestId('report-summary');
    for (const name of [
      '新在谈、签约、落地项目（个）',
      '其中：在谈（个）',
      '其中：签约（个）',
      '新落地项目（个）',
      '实际使用外资（万美元）',
    ]) {
      expect(within(summary).getByText(name)).toBeInTheDocument();
    }
    expect(within(summary).getAllByTestId('figure-info')).toHaveLength(7);
    expect(await within(summary).findByRole('button', { name: '口径说明：到位资金' })).toBeInTheDocument();
    // Nine figure columns (antd may render the header twice: once to measure).
    expect(within(screen.getByTestId('report-by-unit')).getAllByTestId('figure-info').length).toBeGreaterThanOrEqual(9);
    const rise = within(summary).getByText('+12.5%');
    const fall = within(summary).getByText('-3.2%');
    expect(getComputedStyle(rise).color).not.toBe(getComputedStyle(fall).color);
    expect(getComputedStyle(rise).color).toBe('rgb(255, 77, 79)');
  });

  it('says when the data of an open month was current, to the minute; not for a closed month', async () => {
    // 09:42 local time on the day: the browser shows it in its own zone, as the server's instant is UTC
    const asOf = new Date(2026, 11, 7, 9, 42, 31).toISOString();
    mockApi({
      'GET /api/me': me(['leader']),
      'GET /api/reports/monthly/2026-09': ok({ ...SAMPLE, dataAsOf: asOf }),
      'GET /api/reports/monthly/2026-08': ok({ ...SAMPLE, month: '2026-08', publication: CLOSED, dataAsOf: asOf }),
    });
    const view = renderWithApp(<ReportsPage />, { route: '/reports?month=2026-09' });
    expect(await screen.findByTestId('data-as-of')).toHaveTextContent(t('dataAsOf', { at: '2026-12-07 09:42' }));
    view.unmount();

    renderWithApp(<ReportsPage />, { route: '/reports?month=2026-08' });
    await screen.findByTestId('report-summary');
    expect(screen.queryByTestId('data-as-of')).not.toBeInTheDocument();
  });

  it.each([
    {
      part: 'target table',
      when: 'the year has no targets',
      roles: ['leader'],
      report: { ...SAMPLE, targets: null },
      testId: 'report-targets',
    },
    {
      part: 'scope note',
      when: 'the copy is the district one',
      roles: ['stats'],
      report: { ...SAMPLE, ledgerScope: null },
      testId: 'report-ledger-scope',
    },
  ])('has no $part when $when', async ({ roles, report, testId }) => {
    openSeptember(roles, ok(report));
    await screen.findByTestId('report-summary');
    expect(screen.queryByTestId(testId)).not.toBeInTheDocument();
  });

  it('lets a statistician close the month after confirming', async () => {
    let publication: MonthlyReport['publication'] = SAMPLE.publication;
    const fetchMock = openSeptember(['stats'], () => ({ status: 200, body: { ...SAMPLE, publication } }), {
      'POST /api/reports/monthly/2026-09/close': () => {
        publication = CLOSED;
        return { status: 200, body: { ...SAMPLE, publication } };
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: t('reports.close') }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText(t('reports.closeConfirmTitle', { month: '2026-09' }))[0]).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: t('reports.close') }));

    await vi.waitFor(() => expect(screen.getByTestId('report-status')).toHaveTextContent(t('reports.closed')));
    expect(screen.getByTestId('report-status')).toHaveTextContent('Zhao Min');
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/reports/monthly/2026-09/close',
      expect.objectContaining({ method: 'POST' }),
    );
    expect(screen.queryByRole('button', { name: t('reports.close') })).not.toBeInTheDocument();
  });

  it('warns when a closed month no longer matches the live figures and lists the changes', async () => {
    const live = { ...FIGURES, newYear: 28, fundsYearToDate: 99765.25 };
    openSeptember(
      ['admin'],
      ok({
        ...SAMPLE,
        publication: {
          ...CLOSED,
          liveSummary: live,
          adjustments: [
            {
              kind: 'FUND',
              projectId: 5,
              projectCode: 'XM2026-00005',
              projectName: 'Huaxin battery plant',
              businessDate: '2026-09-20',
              recordedAt: '2026-10-12T10:00:00',
              recordedBy: 'officer',
              detail: 'funds 1000',
              note: 'late bank slip',
            },
          ],
        },
      }),
    );

    const alert = await screen.findByTestId('report-drift');
    expect(within(alert).getByText(t('reports.drift'))).toBeInTheDocument();
    const comparison = within(alert).getByTestId('report-drift-comparison');
    const newRow = within(comparison)
      .getByText(new RegExp(t('reports.metrics.new')))
      .closest('tr') as HTMLElement;
    expect(within(newRow).getByText('27')).toBeInTheDocument();
    expect(within(newRow).getByText('28')).toBeInTheDocument();
    const adjustments = within(alert).getByTestId('report-adjustments');
    expect(within(adjustments).getByText('late bank slip')).toBeInTheDocument();
    expect(within(adjustments).getByRole('link', { name: 'XM2026-00005 Huaxin battery plant' })).toHaveAttribute(
      'href',
      '/projects/5',
    );
    expect(screen.getByRole('button', { name: t('reports.reopen') })).toBeInTheDocument();
  });

  it.each([
    {
      who: 'a unit head',
      scope: { unitId: 1, unitName: 'Wuyingshan' },
      text: () => t('reportScope.ownUnit', { unit: 'Wuyingshan' }),
    },
    { who: 'a unit head without a unit', scope: { unitId: null, unitName: null }, text: () => t('reportScope.noUnit') },
  ])('tells $who which projects the copy lists, beside the whole district tables', async ({ scope, text }) => {
    openSeptember(['unit_head'], ok({ ...SAMPLE, ledgerScope: scope }));

    expect(await screen.findByTestId('report-ledger-scope')).toHaveTextContent(text());
    if (scope.unitName) expect(text()).toContain(scope.unitName);
    expect(within(screen.getByTestId('report-by-unit')).getByText('Huashan')).toBeInTheDocument();
  });

  it('reports a month in the future with the catalogue message', async () => {
    openSeptember(['stats'], () => ({
      status: 400,
      body: { status: 400, code: 'report.month_in_future' },
    }));
    expect(await screen.findByText(t('errors.report.month_in_future'))).toBeInTheDocument();
  });

  it("shows the server's totals, not a sum of the rows made here", async () => {
    // The rows deliberately do not add up to the summary, so the totals row tells which it shows.
    const byUnit = [
      { id: 1, name: 'Wuyingshan', figures: { ...FIGURES, fundsMonth: 0.1, fundsYearToDate: 1000 }, targets: null },
      { id: 2, name: 'Huashan', figures: { ...FIGURES, fundsMonth: 0.2, fundsYearToDate: 200 }, targets: null },
    ];
    const summary = { ...FIGURES, fundsMonth: 0.3, fundsYearToDate: 1234.5678 };
    openSeptember(['leader'], ok({ ...SAMPLE, summary, byUnit }));

    const table = await screen.findByTestId('report-by-unit');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    const totals = within(within(table).getByText(t('reports.total')).closest('tr') as HTMLElement).getAllByRole(
      'cell',
    );
    const total = (key: string) => totals[headers.indexOf(t(`reports.columns.${key}`))].textContent;
    expect(total('fundsYearToDate')).toBe(formatFigure(1234.5678));
    expect(total('fundsYearToDate')).toMatch(/^1,?234\.5678$/);
    expect(total('fundsMonth')).toBe('0.3');
    expect(total('newYear')).toBe('27');
  });

  it('links the PDF beside the Excel and downloads it on a click', async () => {
    // jsdom has no object URLs.
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:report'), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const fetchMock = openSeptember(['leader'], ok(SAMPLE), {
      'GET /api/reports/monthly/2026-09.pdf': () => ({
        status: 200,
        body: '%PDF-1.7',
        contentType: 'application/pdf',
      }),
    });

    const link = await screen.findByRole('link', { name: new RegExp(t('reports.downloadPdf')) });
    expect(link).toHaveAttribute('href', '/api/reports/monthly/2026-09.pdf');
    await vi.waitFor(() => expect(link).not.toHaveAttribute('aria-disabled', 'true'));
    await userEvent.click(link);

    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    const saved = click.mock.contexts[0] as HTMLAnchorElement;
    expect(saved.download).toBe('monthly-report-2026-09.pdf');
    expect(saved.href).toBe('blob:report');
    expect(fetchMock).toHaveBeenCalledWith('/api/reports/monthly/2026-09.pdf', expect.anything());
    click.mockRestore();
  });

  it("says why the PDF cannot be made, in the server's words", async () => {
    const detail = 'No Chinese font on the server: ask the administrator to install one.';
    openSeptember(['stats'], ok(SAMPLE), {
      'GET /api/reports/monthly/2026-09.pdf': () => ({
        status: 503,
        body: { status: 503, code: 'report.pdf_font_missing', detail },
        contentType: 'application/problem+json',
      }),
    });

    const link = await screen.findByRole('link', { name: new RegExp(t('reports.downloadPdf')) });
    await vi.waitFor(() => expect(link).not.toHaveAttribute('aria-disabled', 'true'));
    await userEvent.click(link);
    expect(await screen.findByText(detail)).toBeInTheDocument();
  });
});

describe('attachment names', () => {
  it('prefers the encoded name, then the plain one, then the fallback', () => {
    const both = `attachment; filename="monthly-report-2026-09.pdf"; filename*=UTF-8''%E6%8B%9B%E5%95%86-2026-09.pdf`;
    expect(attachmentName(both, 'x.pdf')).toBe(`${decodeURIComponent('%E6%8B%9B%E5%95%86')}-2026-09.pdf`);
    expect(attachmentName('attachment; filename="monthly-report-2026-09.pdf"', 'x.pdf')).toBe(
      'monthly-report-2026-09.pdf',
    );
    expect(attachmentName("attachment; filename*=UTF-8''%E6%8B%ZZ", 'x.pdf')).toBe('x.pdf');
    expect(attachmentName(null, 'x.pdf')).toBe('x.pdf');
  });
});
