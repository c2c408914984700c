import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Location, t } from '../../../test/helpers';
import { mockApi, renderRoutes, ok, requests } from '../../../test/render';
import { VISIT, problem } from '../test-fixtures';
import { VisitDetailPage } from './visit-detail-page';

/** The page under test, and where it may lead. */
const pages = {
  '/visits/:id': <VisitDetailPage />,
  '*': <Location />,
};

describe('visit detail', () => {
  it('shows the visit with links to the firm, the trip and the project, and who recorded it by name', async () => {
    mockApi({
      'GET /api/visits/41': ok(VISIT),
      'GET /api/users/people': ok([{ username: 'officer', displayName: 'Wang Wei' }]),
    });
    renderRoutes('/visits/41', pages);
    expect(
      await screen.findByRole('heading', { name: t('visits.detail.heading', { enterprise: VISIT.enterpriseName }) }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: VISIT.enterpriseName })).toHaveAttribute('href', '/enterprises/7');
    expect(screen.getByRole('link', { name: 'Shenzhen trip' })).toHaveAttribute('href', '/trips/2');
    expect(screen.getByRole('link', { name: 'Huaxin battery plant' })).toHaveAttribute('href', '/projects/5');
    expect(screen.getByText(t('visits.withTitle', { name: 'Zhang San', title: 'CEO' }))).toBeInTheDocument();
    expect(screen.getByText(VISIT.summary)).toBeInTheDocument();
    expect(screen.getByText(VISIT.nextStep as string)).toBeInTheDocument();
    // the person by name; the login only as the tooltip
    await vi.waitFor(() => expect(document.querySelector('[title="officer"]')).toHaveTextContent('Wang Wei'));
    expect(document.querySelector('[title="officer"]')?.textContent).not.toContain('officer');
  });

  it('marks the follow-up as done', async () => {
    let current = VISIT;
    const fetchMock = mockApi({
      'GET /api/visits/41': () => ({ status: 200, body: current }),
      'POST /api/visits/41/follow-up-done': () => {
        current = { ...VISIT, followUpDone: true, version: 3 };
        return { status: 200, body: current };
      },
    });
    renderRoutes('/visits/41', pages);
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(t('visits.followUp.markDone')) }));
    expect(await screen.findByText(t('visits.followUp.done'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: new RegExp(t('visits.followUp.markDone')) })).not.toBeInTheDocument();
    expect(requests(fetchMock)).toContain('POST /api/visits/41/follow-up-done');
  });

  it('deletes after confirmation, sending the version', async () => {
    const fetchMock = mockApi({
      'GET /api/visits/41': ok(VISIT),
      'DELETE /api/visits/41': () => ({ status: 204 }),
    });
    renderRoutes('/visits/41', pages);
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(t('visits.delete')) }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText(t('visits.deleteTitle')).length).toBeGreaterThan(0);
    await userEvent.click(within(dialog).getByRole('button', { name: t('visits.delete') }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/visits');
    const call = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE');
    expect((call?.[1]?.headers as Record<string, string>)['If-Match']).toBe('"2"');
  });

  it('is read-only for a visit the person may not change', async () => {
    mockApi({ 'GET /api/visits/41': ok({ ...VISIT, canEdit: false }) });
    renderRoutes('/visits/41', pages);
    expect(await screen.findByText(t('visits.readOnly', { unit: VISIT.unitName }))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: new RegExp(t('common.edit')) })).not.toBeInTheDocument();
  });

  it("says so when the visit does not exist (or is another unit's)", async () => {
    mockApi({ 'GET /api/visits/99': () => problem(404, 'visit.not_found') });
    renderRoutes('/visits/99', pages);
    expect(await screen.findByText(t('visits.errors.visit.not_found'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: new RegExp(t('visits.backToList')) })).toHaveAttribute('href', '/visits');
  });
});
