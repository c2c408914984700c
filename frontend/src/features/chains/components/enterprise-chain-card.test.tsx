import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { t } from '../../../test/helpers';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { EnterpriseChainCard } from './enterprise-chain-card';

describe('chain nodes of a firm', () => {
  it('links each node the firm sits on to the chain map with that node open', async () => {
    mockApi({
      'GET /api/chains/links?enterpriseId=301': ok([
        { chainId: 5, chainName: 'Xincai', nodeId: 31, nodeName: 'Hangkong', segment: 'DOWNSTREAM', role: 'TARGET' },
      ]),
    });
    renderWithApp(<EnterpriseChainCard enterpriseId={301} />);
    const link = await screen.findByRole('link', {
      name: t('chains.firmCard.openNode', { chain: 'Xincai', node: 'Hangkong' }),
    });
    expect(link).toHaveAttribute('href', '/chains/5?node=31');
    expect(
      screen.getByText(`${t('chains.segments.DOWNSTREAM')} · ${t('chains.link.roles.TARGET')}`),
    ).toBeInTheDocument();
  });

  it('says when the firm is on no chain', async () => {
    mockApi({ 'GET /api/chains/links?enterpriseId=302': ok([]) });
    renderWithApp(<EnterpriseChainCard enterpriseId={302} />);
    expect(await screen.findByText(t('chains.firmCard.empty'))).toBeInTheDocument();
  });
});
