import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OFFICER, mockApi, renderWithApp, ok, requests } from '../../../test/render';
import { Location, t } from '../../../test/helpers';
import { NONE_PENDING, PENDING, RETURNED } from '../../confirmations/test-fixtures';
import { EMPTY_WEEK, WEEK } from '../test-fixtures';
import { MyWeekPage } from './my-week-page';

const ME = {
  'GET /api/me': ok(OFFICER),
  'GET /api/confirmations/returned': ok(NONE_PENDING),
};
const UNIT_HEAD = {
  'GET /api/me': ok({ ...OFFICER, roles: ['unit_head'] }),
  'GET /api/confirmations': ok(PENDING),
};
/** The page on this week, and where the app is (pathname and query) as test id "location". */
const openWeek = () =>
  renderWithApp(
    <>
      <MyWeekPage />
      <Location />
    </>,
    { route: '/my-week' },
  );
const section = (key: string) => screen.getByRole('region', { name: t(`myWeek.sections.${key}`) });

describe('my week', () => {
  it('flags overdue follow-ups and leads in red and links each item', async () => {
    mockApi({ ...ME, 'GET /api/my-week?scope=mine': ok(WEEK) });
    openWeek();
    expect(await screen.findByText(t('myWeek.range', { from: WEEK.from, to: WEEK.to }))).toBeInTheDocument();

    const followUps = section('followUps');
    const late = within(followUps).getByRole('link', { name: 'Overdue Firm' }).closest('li') as HTMLElement;
    expect(within(late).getByText(t('myWeek.overdue'))).toBeInTheDocument();
    expect(within(late).getByText(t('visits.followUp.overdue', { date: '2026-11-01' }))).toBeInTheDocument();
    const upcoming = within(followUps).getByRole('link', { name: 'Future Firm' }).closest('li') as HTMLElement;
    expect(within(upcoming).queryByText(t('myWeek.overdue'))).not.toBeInTheDocument();

    const overdue = section('overdueLeads');
    expect(within(overdue).getByRole('link', { name: 'Battery separator line' })).toHaveAttribute('href', '/leads/12');
    expect(within(overdue).getByText(t('myWeek.overdue'))).toBeInTheDocument();
    expect(
      within(overdue).getByText(t('myWeek.overdueDays', { kind: t('myWeek.clockKinds.ASSESS'), days: 5 })),
    ).toBeInTheDocument();

    const due = section('dueLeads');
    expect(within(due).getByRole('link', { name: 'Cold chain warehouse' })).toHaveAttribute('href', '/leads/13');
    expect(
      within(due).getByText(t('myWeek.dueOn', { kind: t('myWeek.clockKinds.FEEDBACK'), date: '2099-01-07' })),
    ).toBeInTheDocument();

    expect(within(section('visits')).getByRole('link', { name: 'Visited Firm' })).toHaveAttribute('href', '/visits/43');
    // Officers see their own week only.
    expect(screen.queryByText(t('myWeek.scopes.unit'))).not.toBeInTheDocument();
  });

  it('moves between weeks with the keyboard and says when a week is empty', async () => {
    const fetchMock = mockApi({
      ...ME,
      'GET /api/my-week?scope=mine': ok(WEEK),
      'GET /api/my-week?scope=mine&week=2098-12-29': ok({ ...EMPTY_WEEK, from: '2098-12-29', to: '2099-01-04' }),
    });
    openWeek();
    await screen.findByText(t('myWeek.range', { from: WEEK.from, to: WEEK.to }));
    const previous = screen.getByRole('button', { name: new RegExp(t('myWeek.previous')) });
    previous.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(t('myWeek.empty.followUps'))).toBeInTheDocument();
    expect(screen.getByText(t('myWeek.empty.overdueLeads'))).toBeInTheDocument();
    expect(screen.getByText(t('myWeek.empty.dueLeads'))).toBeInTheDocument();
    expect(screen.getByText(t('myWeek.empty.visits'))).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/my-week?week=2098-12-29');
    expect(requests(fetchMock)).toContain('GET /api/my-week?scope=mine&week=2098-12-29');

    await userEvent.click(screen.getByRole('button', { name: t('myWeek.thisWeek') }));
    await vi.waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/my-week$/));
  });

  it('opens on the whole unit for unit heads, who may narrow it to their own', async () => {
    const fetchMock = mockApi({
      ...UNIT_HEAD,
      'GET /api/my-week?scope=mine': ok(WEEK),
      'GET /api/my-week?scope=unit': ok({ ...WEEK, scope: 'unit' }),
    });
    openWeek();
    await vi.waitFor(() => expect(requests(fetchMock)).toContain('GET /api/my-week?scope=unit'));
    await userEvent.click(await screen.findByText(t('myWeek.scopes.mine')));
    await vi.waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('scope=mine'));
  });

  it('shows a unit head what waits for review, with the way to the queue', async () => {
    mockApi({
      ...UNIT_HEAD,
      'GET /api/my-week?scope=unit': ok({ ...EMPTY_WEEK, scope: 'unit' }),
    });
    openWeek();
    const pending = await screen.findByRole('region', { name: t('confirmations.week.pending') });
    expect(within(pending).getByTitle(t('myWeek.count', { n: 2 }))).toBeInTheDocument();
    expect(within(pending).getByRole('link', { name: t('confirmations.week.all', { n: 2 }) })).toHaveAttribute(
      'href',
      '/confirmations',
    );
    expect(within(pending).getByRole('link', { name: 'Huaxin battery plant' })).toHaveAttribute('href', '/projects/7');
    expect(within(pending).getByText(t('confirmations.kinds.FUND'))).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: t('confirmations.week.returned') })).not.toBeInTheDocument();
  });

  it('shows an officer the changes sent back, with the reason and the project', async () => {
    mockApi({
      ...ME,
      'GET /api/confirmations/returned': ok({ count: 1, items: [RETURNED] }),
      'GET /api/my-week?scope=mine': ok(EMPTY_WEEK),
    });
    openWeek();
    const returned = await screen.findByRole('region', { name: t('confirmations.week.returned') });
    expect(
      within(returned).getByText(t('confirmations.reason', { reason: 'Slip amount differs' })),
    ).toBeInTheDocument();
    expect(within(returned).getByRole('link', { name: 'Lubang cold chain' })).toHaveAttribute('href', '/projects/8');
    expect(screen.queryByRole('region', { name: t('confirmations.week.pending') })).not.toBeInTheDocument();
  });

  it('marks a follow-up done from the list', async () => {
    const fetchMock = mockApi({
      ...ME,
      'GET /api/my-week?scope=mine': ok(WEEK),
      'POST /api/visits/41/follow-up-done': ok({ ...WEEK.followUps[0], followUpDone: true }),
    });
    openWeek();
    await userEvent.click(await screen.findByRole('button', { name: `${t('myWeek.markDone')}: Overdue Firm` }));
    await vi.waitFor(() => expect(requests(fetchMock)).toContain('POST /api/visits/41/follow-up-done'));
  });

  it('offers a retry when the week does not load', async () => {
    mockApi({ ...ME, 'GET /api/my-week?scope=mine': () => ({ status: 503 }) });
    openWeek();
    expect(await screen.findByRole('button', { name: t('common.retry') })).toBeInTheDocument();
  });
});
