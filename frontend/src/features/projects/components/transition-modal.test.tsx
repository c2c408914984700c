import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { buttonByText as button, findButtonByText as findButton, t } from '../../../test/helpers';
import { mockApi, renderWithApp } from '../../../test/render';
import { PROJECT } from '../test-fixtures';
import { TransitionModal } from './transition-modal';

const card = { id: 5, code: 'XM2026-00005', name: 'Huaxin battery plant', version: 3 };
const posted = (fetchMock: ReturnType<typeof mockApi>) =>
  fetchMock.mock.calls.filter(([url, init]) => url === '/api/projects/5/transitions' && init?.method === 'POST');

describe('transition modal', () => {
  it('requires an agreement type for a signing and posts the transition with the card version', async () => {
    const fetchMock = mockApi({
      'POST /api/projects/5/transitions': () => ({ status: 201, body: { ...PROJECT, stage: 'SIGNED' } }),
    });
    const onClose = vi.fn();
    renderWithApp(
      <TransitionModal open project={{ ...card, stage: 'NEGOTIATING' }} toStage="SIGNED" onClose={onClose} />,
    );

    expect(await screen.findByLabelText(t('projects.transition.effectiveDate'))).toHaveValue(
      dayjs().format('YYYY-MM-DD'),
    );
    await userEvent.click(button(t('projects.transition.submit')));
    expect(await screen.findByText(t('projects.transition.validation.agreementType'))).toBeInTheDocument();
    expect(posted(fetchMock)).toHaveLength(0);

    await userEvent.click(screen.getByLabelText(t('projects.fields.agreementType')));
    await userEvent.click(await screen.findByTitle(t('projects.agreementTypes.FORMAL')));
    await userEvent.type(screen.getByLabelText(t('projects.transition.note')), 'At the expo');
    await userEvent.click(button(t('projects.transition.submit')));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const [[, init]] = posted(fetchMock);
    expect((init?.headers as Record<string, string>)['If-Match']).toBe('"3"');
    expect(JSON.parse(String(init?.body))).toEqual({
      toStage: 'SIGNED',
      effectiveDate: dayjs().format('YYYY-MM-DD'),
      note: 'At the expo',
      agreementType: 'FORMAL',
    });
  });

  it('asks for a correction with a reason when the card goes back down the funnel', async () => {
    const fetchMock = mockApi({ 'POST /api/projects/5/transitions': () => ({ status: 201, body: PROJECT }) });
    const onClose = vi.fn();
    renderWithApp(
      <TransitionModal open project={{ ...card, stage: 'SIGNED' }} toStage="NEGOTIATING" onClose={onClose} />,
    );

    await userEvent.click(await findButton(t('projects.transition.submit')));
    expect(await screen.findByText(t('projects.transition.validation.correction'))).toBeInTheDocument();
    expect(screen.getByText(t('projects.transition.validation.note'))).toBeInTheDocument();
    expect(posted(fetchMock)).toHaveLength(0);

    await userEvent.click(screen.getByLabelText(t('projects.transition.correction')));
    await userEvent.type(screen.getByLabelText(t('projects.transition.correctionNote')), 'Wrong project');
    await userEvent.click(button(t('projects.transition.submit')));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(JSON.parse(String(posted(fetchMock)[0][1]?.body))).toMatchObject({
      toStage: 'NEGOTIATING',
      correction: true,
    });
  });

  it('shows a refusal on the field it concerns and keeps the modal open', async () => {
    mockApi({
      'POST /api/projects/5/transitions': () => ({
        status: 409,
        contentType: 'application/problem+json',
        body: { status: 409, code: 'project.transition_date_order', detail: 'before the previous change' },
      }),
    });
    const onClose = vi.fn();
    renderWithApp(
      <TransitionModal open project={{ ...card, stage: 'LEAD' }} toStage="NEGOTIATING" onClose={onClose} />,
    );

    await userEvent.click(await findButton(t('projects.transition.submit')));
    expect(await screen.findByText(t('errors.project.transition_date_order'))).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
