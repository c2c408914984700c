import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { FIGURES } from '../test-fixtures';
import { FigureInfo } from './figure-info';

describe('FigureInfo', () => {
  it('gives the figure its name and definition on keyboard focus, in Chinese first', async () => {
    const fetchMock = mockApi({ 'GET /api/figures': ok(FIGURES) });
    renderWithApp(
      <>
        <FigureInfo id="funds" />
        <FigureInfo id="signed_projects" />
      </>,
    );
    const info = await screen.findByRole('button', { name: i18n.t('figures.about', { name: '到位资金' }) });
    await userEvent.tab();
    expect(info).toHaveFocus();
    expect(await screen.findByText('期内到位并经审核的资金（按到位日期）。')).toBeInTheDocument();
    expect(screen.getByTestId('figure-funds')).toHaveTextContent('到位资金');
    // One request for the catalogue, however many ⓘ the page shows.
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('speaks English in English and lists every figure a card shows', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /api/figures': ok(FIGURES) });
    renderWithApp(<FigureInfo id={['funds', 'signed_projects']} />);
    const info = await screen.findByRole('button', {
      name: 'Definition: Funds in place, Newly signed projects (incl. landed)',
    });
    await userEvent.hover(info);
    expect(
      await screen.findByText('Confirmed funds that arrived in the period (by arrival date).'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('figure-signed_projects')).toHaveTextContent('Newly signed projects (incl. landed)');
  });

  it('says so when the catalogue cannot be read', async () => {
    mockApi({ 'GET /api/figures': () => ({ status: 500, body: { code: 'internal' } }) });
    renderWithApp(<FigureInfo id="funds" />);
    const info = screen.getByRole('button', { name: i18n.t('figures.aboutUnnamed') });
    info.focus();
    expect(await screen.findByText(i18n.t('figures.unavailable'))).toBeInTheDocument();
  });
});
