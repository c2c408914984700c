import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Search, t } from '../../../test/helpers';
import { OFFICER, failingOnce, mockApi, renderWithApp, ok, pageOf } from '../../../test/render';
import { LEAD_ITEM, ON_TIME_LEAD } from '../test-fixtures';
import { LeadsPage } from './leads-page';

describe('leads list', () => {
  it('flags overdue leads with the late clock and its days, and shows the next due date', async () => {
    mockApi({ 'GET /api/me': ok(OFFICER), 'GET /api/leads?page=0&size=20': pageOf([LEAD_ITEM, ON_TIME_LEAD]) });
    renderWithApp(<LeadsPage />, { route: '/leads' });

    const title = await screen.findByText(LEAD_ITEM.title);
    const row = title.closest('tr') as HTMLElement;
    expect(within(row).getByTestId('overdue-flags')).toHaveTextContent(
      t('leads.overdue.clock', { clock: t('leads.clocks.ASSESS'), count: 3 }),
    );
    expect(within(row).getByText('2026-11-05')).toBeInTheDocument();
    const onTime = screen.getByText(ON_TIME_LEAD.title).closest('tr') as HTMLElement;
    expect(within(onTime).queryByTestId('overdue-flags')).not.toBeInTheDocument();
    expect(within(onTime).getByText('2026-11-09')).toBeInTheDocument();
    expect(title.closest('a')).toHaveAttribute('href', '/leads/7');
    expect(await screen.findByText(t('leads.add'))).toBeInTheDocument();
  });

  it('puts the filters in the URL and asks the server for them', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/leads?source=EXPO&page=3&size=20': pageOf([ON_TIME_LEAD], 80),
      'GET /api/leads?q=Huaxin&source=EXPO&page=0&size=20': pageOf([LEAD_ITEM]),
      'GET /api/leads?q=Huaxin&source=EXPO&overdue=true&page=0&size=20': pageOf([LEAD_ITEM]),
    });
    renderWithApp(
      <>
        <LeadsPage />
        <Search />
      </>,
      { route: '/leads?source=EXPO&page=3' },
    );
    await screen.findByText(ON_TIME_LEAD.title);

    await userEvent.type(screen.getByLabelText(t('leads.search')), 'Huaxin{Enter}');
    await vi.waitFor(() => expect(screen.getByTestId('search')).toHaveTextContent('?q=Huaxin&source=EXPO'));
    await screen.findByText(LEAD_ITEM.title);

    await userEvent.click(screen.getByRole('switch', { name: t('leads.filters.overdueOnly') }));
    await vi.waitFor(() =>
      expect(screen.getByTestId('search')).toHaveTextContent('?q=Huaxin&source=EXPO&overdue=true'),
    );
    await vi.waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/leads?q=Huaxin&source=EXPO&overdue=true&page=0&size=20',
        expect.anything(),
      ),
    );
  });

  it('is read only for a leader and says when nothing matches', async () => {
    mockApi({
      'GET /api/me': ok({ ...OFFICER, roles: ['leader'] }),
      'GET /api/leads?status=DROPPED&page=0&size=20': pageOf([]),
    });
    renderWithApp(<LeadsPage />, { route: '/leads?status=DROPPED' });
    expect(await screen.findByText(t('leads.emptyFiltered'))).toBeInTheDocument();
    expect(screen.queryByText(t('leads.add'))).not.toBeInTheDocument();
  });

  it('says what went wrong and tries again', async () => {
    mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/leads?page=0&size=20': failingOnce(pageOf([LEAD_ITEM])),
    });
    renderWithApp(<LeadsPage />, { route: '/leads' });
    expect(await screen.findByText(t('errors.internal.error'))).toBeInTheDocument();
    await userEvent.click(screen.getByText(t('common.retry')).closest('button') as HTMLElement);
    expect(await screen.findByText(LEAD_ITEM.title)).toBeInTheDocument();
  });
});
