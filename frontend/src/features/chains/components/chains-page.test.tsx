import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { t, SLOW } from '../../../test/helpers';
import { ADMIN, OFFICER, mockApi, renderWithApp, ok } from '../../../test/render';
import { CHAIN_SUMMARY } from '../test-fixtures';
import { ChainsPage } from './chains-page';

describe('chains list', () => {
  it(
    'groups the chains by industry with their node and coverage counts',
    async () => {
      const other = {
        ...CHAIN_SUMMARY,
        id: 6,
        name: 'Zhineng zhuangbei',
        industry: { id: 2, name: 'Smart equipment' },
        gapCount: 3,
      };
      mockApi({ 'GET /api/me': ok(OFFICER), 'GET /api/chains': ok([CHAIN_SUMMARY, other]) });
      renderWithApp(<ChainsPage />);
      const materials = await screen.findByRole('region', { name: 'New materials' });
      expect(within(materials).getByText(CHAIN_SUMMARY.name)).toHaveAttribute('href', '/chains/5');
      expect(within(materials).getByText(t('chains.nodeCount', { count: 4 }))).toBeInTheDocument();
      expect(
        within(screen.getByRole('region', { name: 'Smart equipment' })).getByText(`${t('chains.coverage.GAP')} 3`),
      ).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: new RegExp(t('chains.add')) })).toBeNull();
    },
    SLOW,
  );

  it(
    'says when there are no chains and lets an administrator create one',
    async () => {
      mockApi({ 'GET /api/me': ok(ADMIN), 'GET /api/chains': ok([]) });
      renderWithApp(<ChainsPage />);
      expect(await screen.findByText(t('chains.emptyAdmin'))).toBeInTheDocument();
      expect(screen.getByRole('button', { name: new RegExp(t('chains.add')) })).toBeInTheDocument();
    },
    SLOW,
  );
});
