import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../test/helpers';
import { OFFICER, mockApi, ok, pageOf } from '../../../test/render';
import { ITEM } from '../test-fixtures';
import { LIST_LOOKUPS, expectListAt, renderProjectsList } from '../test-utils';

describe('projects list', () => {
  it('shows a project with its stage, flags and investors', async () => {
    mockApi({ ...LIST_LOOKUPS, 'GET /api/projects?sort=-updatedAt&page=0&size=20': pageOf([ITEM]) });
    renderProjectsList('/projects');

    const link = await screen.findByText(ITEM.name);
    expect(link.closest('a')).toHaveAttribute('href', '/projects/5');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText(ITEM.code)).toBeInTheDocument();
    expect(within(row).getByText(t('projects.stages.SIGNED'))).toBeInTheDocument();
    expect(within(row).getByText(t('projects.pools.PROMOTION'))).toBeInTheDocument();
    expect(within(row).getByLabelText(`${t('projects.stalled')}: ${ITEM.stalled?.message}`)).toBeInTheDocument();
    expect(within(row).getByText(t('projects.pending'))).toBeInTheDocument();
    expect(within(row).getByLabelText(t('projects.keyProject'))).toBeInTheDocument();
    expect(within(row).getByText('Huaxin Energy Co.')).toBeInTheDocument();
    expect(within(row).getByText('1,000')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: new RegExp(t('projects.add')) })).toBeInTheDocument();
  });

  it('reads the filters from the URL and writes new ones back into it', async () => {
    const fetchMock = mockApi({
      ...LIST_LOOKUPS,
      'GET /api/projects?stage=SIGNED&sort=-updatedAt&page=0&size=20': pageOf([ITEM]),
      'GET /api/projects?stage=SIGNED&stalled=true&sort=-updatedAt&page=0&size=20': pageOf([ITEM]),
      'GET /api/projects?q=huaxin&stage=SIGNED&stalled=true&sort=-updatedAt&page=0&size=20': pageOf([ITEM]),
      'GET /api/projects?q=huaxin&stage=SIGNED&stalled=true&sort=name&page=0&size=20': pageOf([ITEM]),
    });
    renderProjectsList('/projects?stage=SIGNED');
    await screen.findByText(ITEM.name);
    const location = screen.getByTestId('location');

    await userEvent.click(screen.getByLabelText(t('projects.stalledOnly')));
    await vi.waitFor(() => expect(location).toHaveTextContent('/projects?stage=SIGNED&stalled=true'));

    await userEvent.type(screen.getByLabelText(t('projects.search')), 'huaxin{enter}');
    await vi.waitFor(() => expect(location).toHaveTextContent('/projects?q=huaxin&stage=SIGNED&stalled=true'));

    const header = document.querySelector('thead') as HTMLElement;
    await userEvent.click(within(header).getAllByText(t('projects.fields.name'))[0]);
    await vi.waitFor(() => expect(location).toHaveTextContent('&sort=name'));
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).includes('sort=name'))).toBe(true));

    // The board keeps the same filters.
    await userEvent.click(screen.getByText(t('projects.view.board')));
    await vi.waitFor(() =>
      expect(location).toHaveTextContent('/projects/board?q=huaxin&stage=SIGNED&stalled=true&sort=name'),
    );
  });

  it('keeps the projects with a change to review', async () => {
    const fetchMock = mockApi({
      ...LIST_LOOKUPS,
      'GET /api/projects?sort=-updatedAt&page=0&size=20': pageOf([ITEM]),
      'GET /api/projects?pendingConfirmation=true&sort=-updatedAt&page=0&size=20': pageOf([ITEM]),
    });
    renderProjectsList('/projects');
    await screen.findByText(ITEM.name);
    await userEvent.click(screen.getByLabelText(t('projects.pendingOnly')));
    await expectListAt(fetchMock, 'pendingConfirmation=true');
  });

  it('offers "new project" to officers and unit heads only', async () => {
    mockApi({
      ...LIST_LOOKUPS,
      'GET /api/me': ok({ ...OFFICER, roles: ['leader'] }),
      'GET /api/projects?sort=-updatedAt&page=0&size=20': pageOf([]),
    });
    renderProjectsList('/projects');
    expect(await screen.findByText(t('projects.empty'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: new RegExp(t('projects.add')) })).not.toBeInTheDocument();
  });
});

const LEADER = { ...OFFICER, username: 'leader', displayName: 'Zhang Qiang', roles: ['leader'], unit: null };

describe('my sponsored projects filter', () => {
  it('is offered to a leader and asks the server for the projects they sponsor', async () => {
    const fetchMock = mockApi({
      ...LIST_LOOKUPS,
      'GET /api/me': ok(LEADER),
      'GET /api/projects?sort=-updatedAt&page=0&size=20': pageOf([ITEM]),
      'GET /api/projects?sponsoredByMe=true&sort=-updatedAt&page=0&size=20': pageOf([ITEM]),
    });
    renderProjectsList('/projects');
    await screen.findByText(ITEM.name);
    await userEvent.click(await screen.findByLabelText(t('projects.sponsoredByMe')));
    await expectListAt(fetchMock, 'sponsoredByMe=true');
  });

  it('is not offered to an officer', async () => {
    mockApi({ ...LIST_LOOKUPS, 'GET /api/projects?sort=-updatedAt&page=0&size=20': pageOf([ITEM]) });
    renderProjectsList('/projects');
    await screen.findByText(ITEM.name);
    expect(screen.getByLabelText(t('projects.stalledOnly'))).toBeInTheDocument();
    expect(screen.queryByLabelText(t('projects.sponsoredByMe'))).not.toBeInTheDocument();
  });
});
