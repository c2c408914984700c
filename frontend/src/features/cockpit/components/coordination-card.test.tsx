import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { openRequest as request } from '../test-fixtures';
import { t } from '../test-utils';
import { CoordinationCard } from './coordination-card';

const OPEN = 'GET /api/projects/coordination?open=true';

const daysAgo = (days: number) => dayjs().subtract(days, 'day').format('YYYY-MM-DD');

const OLDEST = request(101, 11, 'Qilu smart factory', daysAgo(40));
const MIDDLE = request(102, 12, 'Huaxin battery plant', daysAgo(12), 'Touzi cujinju');
const NEWEST = request(103, 13, 'Tianyuan cold chain', daysAgo(0));

const names = () =>
  screen.getAllByTestId('coordination-item').map((item) => within(item).getAllByRole('link')[0].textContent);

describe('coordination requests card', () => {
  it('lists the open requests oldest first, with project, unit, sponsor leader and days open', async () => {
    mockApi({ [OPEN]: ok([NEWEST, OLDEST, MIDDLE]) });
    renderWithApp(<CoordinationCard unitName={null} canResolve={false} />);

    expect(await screen.findByText(OLDEST.projectName)).toBeInTheDocument();
    expect(names()).toEqual(['Qilu smart factory', 'Huaxin battery plant', 'Tianyuan cold chain']);
    const [first, second] = screen.getAllByTestId('coordination-item');
    expect(within(first).getByRole('link', { name: 'Qilu smart factory' })).toHaveAttribute('href', '/projects/11');
    expect(within(first).getByText('Needs help: Qilu smart factory')).toBeInTheDocument();
    expect(within(first).getByText(t('cockpit.coordination.unit', { name: 'Wuyingshan' }))).toBeInTheDocument();
    expect(within(first).getByText(t('cockpit.coordination.sponsorLeader', { name: 'Li Hua' }))).toBeInTheDocument();
    expect(within(first).getByTestId('coordination-days')).toHaveTextContent(
      t('cockpit.coordination.daysOpen', { count: 40, date: daysAgo(40) }),
    );
    // No sponsor leader on file.
    expect(
      within(second).getByText(t('cockpit.coordination.sponsorLeader', { name: t('cockpit.unassigned') })),
    ).toBeInTheDocument();
    expect(screen.getByText(t('cockpit.coordination.count', { count: 3 }))).toBeInTheDocument();
    // Only those allowed are offered the action.
    expect(screen.queryByRole('button', { name: t('projects.worklog.resolve') })).not.toBeInTheDocument();
  });

  it("keeps to the cockpit's unit", async () => {
    mockApi({ [OPEN]: ok([NEWEST, OLDEST, MIDDLE]) });
    renderWithApp(<CoordinationCard unitName="Touzi cujinju" canResolve />);
    expect(await screen.findByText(MIDDLE.projectName)).toBeInTheDocument();
    expect(names()).toEqual(['Huaxin battery plant']);
  });

  it('closes the oldest request with the resolution typed, which is required', async () => {
    let open = [OLDEST, MIDDLE];
    const fetchMock = mockApi({
      [OPEN]: () => ok(open)(),
      'POST /api/projects/11/worklog/101/resolve': (init) => {
        const { resolution } = JSON.parse(String(init?.body)) as { resolution: string };
        open = [MIDDLE];
        return { status: 200, body: { ...OLDEST.entry, resolvedBy: 'leader', resolution } };
      },
    });
    renderWithApp(<CoordinationCard unitName={null} canResolve />);

    const [oldest] = await screen.findAllByTestId('coordination-item');
    await userEvent.click(within(oldest).getByRole('button', { name: t('projects.worklog.resolve') }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Needs help: Qilu smart factory')).toBeInTheDocument();

    // Nothing typed: asked for it, nothing sent.
    await userEvent.click(within(dialog).getByRole('button', { name: t('projects.worklog.resolve') }));
    expect(await within(dialog).findByText(t('projects.worklog.validation.resolution'))).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByLabelText(t('projects.worklog.resolution')), '  Land quota granted ');
    await userEvent.click(within(dialog).getByRole('button', { name: t('projects.worklog.resolve') }));

    expect(await screen.findByText(t('projects.worklog.resolved'))).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ resolution: 'Land quota granted' });
    await vi.waitFor(() => expect(names()).toEqual(['Huaxin battery plant']));
  });

  it("shows the server's refusal in its own words", async () => {
    mockApi({
      [OPEN]: ok([OLDEST]),
      'POST /api/projects/11/worklog/101/resolve': () => ({
        status: 403,
        body: {
          status: 403,
          code: 'worklog.cannot_resolve',
          detail: 'Only the sponsor leader or the unit may close it.',
        },
      }),
    });
    renderWithApp(<CoordinationCard unitName={null} canResolve />);

    await userEvent.click(await screen.findByRole('button', { name: t('projects.worklog.resolve') }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(t('projects.worklog.resolution')), 'Done');
    await userEvent.click(within(dialog).getByRole('button', { name: t('projects.worklog.resolve') }));

    expect(await screen.findByText('Only the sponsor leader or the unit may close it.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says so when nothing waits', async () => {
    mockApi({ [OPEN]: ok([]) });
    renderWithApp(<CoordinationCard unitName={null} canResolve />);
    expect(await screen.findByText(t('cockpit.coordination.empty'))).toBeInTheDocument();
    expect(screen.queryByTestId('coordination-item')).not.toBeInTheDocument();
  });
});
