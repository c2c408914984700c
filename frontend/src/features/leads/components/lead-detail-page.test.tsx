import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { t } from '../../../test/helpers';
import { OFFICER, mockApi, renderRoutes, ok, pageOf, inTurn, sentBody } from '../../../test/render';
import { LEAD } from '../test-fixtures';
import { LeadDetailPage } from './lead-detail-page';

const button = (scope: HTMLElement, text: string) => within(scope).getByText(text).closest('button') as HTMLElement;

function renderLead() {
  return renderRoutes('/leads/7', { '/leads/:id': <LeadDetailPage />, '/projects/:id': <p>project page</p> });
}

describe('lead detail', () => {
  it('shows the four clocks with their dates and the late one', async () => {
    mockApi({ 'GET /api/me': ok(OFFICER), 'GET /api/leads/7': ok(LEAD) });
    renderLead();
    expect(await screen.findByRole('heading', { name: LEAD.title })).toBeInTheDocument();
    expect(screen.getByText(t('leads.steps.doneOn', { date: '2026-11-03' }))).toBeInTheDocument();
    expect(screen.getByText(t('leads.steps.dueOn', { date: '2026-11-05' }))).toBeInTheDocument();
    expect(
      screen.getAllByText(t('leads.overdue.clock', { clock: t('leads.clocks.ASSESS'), count: 3 })).length,
    ).toBeGreaterThan(0);
    expect(screen.getByText(t('leads.clocks.PROGRESS'))).toBeInTheDocument();
    expect(screen.getByText('Called the chairman')).toBeInTheDocument();
    expect(screen.getByText('Shenzhen outreach').closest('a')).toHaveAttribute('href', '/trips/4');
  });

  it('records the assessment with its result', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/leads/7': ok(LEAD),
      'POST /api/leads/7/steps': ok({ ...LEAD, version: 3 }),
      'GET /api/leads?page=0&size=20': pageOf([]),
    });
    renderLead();
    const record = t('leads.steps.record', { step: t('leads.clocks.ASSESS') });
    await userEvent.click((await screen.findByText(record)).closest('button') as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByText(t('leads.steps.submit')).closest('button') as HTMLElement);
    expect(await within(dialog).findByText(t('leads.validation.assessmentResult'))).toBeInTheDocument();

    await userEvent.click(within(dialog).getByLabelText(t('leads.assessmentResults.PURSUE')));
    await userEvent.type(within(dialog).getByLabelText(t('leads.steps.notes.ASSESS')), 'Land and power fit');
    await userEvent.click(button(dialog, t('leads.steps.submit')));
    await vi.waitFor(() =>
      expect(sentBody(fetchMock, 'POST /api/leads/7/steps')).toEqual({
        kind: 'ASSESS',
        onDate: dayjs().format('YYYY-MM-DD'),
        note: 'Land and power fit',
        assessmentResult: 'PURSUE',
      }),
    );
    expect(await screen.findByText(t('leads.steps.recorded', { step: t('leads.clocks.ASSESS') }))).toBeInTheDocument();
  });

  it('says why the server refused a step', async () => {
    mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/leads/7': ok({ ...LEAD, clocks: LEAD.clocks.map((c) => ({ ...c, doneOn: c.doneOn ?? null })) }),
      'POST /api/leads/7/steps': () => ({ status: 409, body: { status: 409, code: 'lead.step_order' } }),
    });
    renderLead();
    const record = t('leads.steps.record', { step: t('leads.clocks.ASSESS') });
    await userEvent.click((await screen.findByText(record)).closest('button') as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText(t('leads.assessmentResults.DECLINE')));
    await userEvent.type(within(dialog).getByLabelText(t('leads.steps.notes.ASSESS')), 'Too small');
    await userEvent.click(button(dialog, t('leads.steps.submit')));
    expect(await within(dialog).findByText(t('leads.errors.lead.step_order'))).toBeInTheDocument();
  });

  it('converts the lead and opens the new project', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/leads/7': ok(LEAD),
      'POST /api/leads/7/convert': () => ({ status: 201, body: { leadId: 7, projectId: 42 } }),
    });
    renderLead();
    await userEvent.click((await screen.findByText(t('leads.convert.button'))).closest('button') as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(t('leads.convert.projectName'))).toHaveValue(LEAD.title);
    const buttons = within(dialog).getAllByRole('button');
    await userEvent.click(
      buttons.find(
        (b) => b.textContent === t('leads.convert.submit') && b.className.includes('primary'),
      ) as HTMLElement,
    );
    expect(await screen.findByText('project page')).toBeInTheDocument();
    expect(sentBody(fetchMock, 'POST /api/leads/7/convert')).toMatchObject({
      projectName: LEAD.title,
      stage: 'NEGOTIATING',
      totalInvestment: 50000,
    });
  });

  it('drops the lead with a reason', async () => {
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/leads/7': ok(LEAD),
      'POST /api/leads/7/drop': ok({ ...LEAD, status: 'DROPPED', overdue: false, clocks: [], nextDue: null }),
    });
    renderLead();
    await userEvent.click((await screen.findByText(t('leads.drop.button'))).closest('button') as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(t('leads.drop.reason')), 'Chose another city');
    await userEvent.click(button(dialog, t('leads.drop.submit')));
    await vi.waitFor(() =>
      expect(sentBody(fetchMock, 'POST /api/leads/7/drop')).toEqual({
        onDate: dayjs().format('YYYY-MM-DD'),
        note: 'Chose another city',
      }),
    );
    expect(await screen.findByText(t('leads.statuses.DROPPED'))).toBeInTheDocument();
  });

  it('says the lead changed meanwhile and reloads it on request', async () => {
    const current = { ...LEAD, title: 'Huaxin HQ and plant', version: 5 };
    const fetchMock = mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/leads/7': inTurn(ok(LEAD), ok(current)),
      'PUT /api/leads/7': (init) =>
        (init?.headers as Record<string, string>)['If-Match'] === '"2"'
          ? { status: 412, body: { status: 412, code: 'version.stale' } }
          : { status: 200, body: { ...current, version: 6 } },
    });
    renderLead();
    await userEvent.click((await screen.findByText(t('common.edit'))).closest('button') as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(button(dialog, t('common.save')));
    expect(await within(dialog).findByText(t('leads.conflict.title'))).toBeInTheDocument();
    await userEvent.click(button(dialog, t('leads.conflict.reload')));
    await vi.waitFor(() =>
      expect(within(dialog).getByLabelText(t('leads.fields.title'))).toHaveValue('Huaxin HQ and plant'),
    );
    await userEvent.click(button(dialog, t('common.save')));
    await vi.waitFor(() => {
      const puts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT');
      expect(puts).toHaveLength(2);
      expect((puts[1][1]?.headers as Record<string, string>)['If-Match']).toBe('"5"');
    });
  });

  it('shows a leader the lead without any button', async () => {
    mockApi({
      'GET /api/me': ok({ ...OFFICER, roles: ['leader'] }),
      'GET /api/leads/7': ok({ ...LEAD, canEdit: false }),
    });
    renderLead();
    expect(await screen.findByText(t('leads.readOnly', { unit: LEAD.unitName }))).toBeInTheDocument();
    expect(screen.queryByText(t('leads.convert.button'))).not.toBeInTheDocument();
  });
});
