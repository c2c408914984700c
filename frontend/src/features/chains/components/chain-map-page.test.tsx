import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Location, t, SLOW } from '../../../test/helpers';
import { ADMIN, OFFICER, mockApi, renderRoutes, ok, sentBody } from '../../../test/render';
import { CHAIN, GAP_NODE } from '../test-fixtures';
import { ChainMapPage } from './chain-map-page';

vi.mock('echarts-for-react/lib/core', () => import('../../../test/echarts-stub'));

const renderMap = (route = '/chains/5') =>
  renderRoutes(route, {
    '/chains/:id': (
      <>
        <ChainMapPage />
        <Location />
      </>
    ),
  });

const nodeList = () => screen.getByRole('navigation', { name: t('chains.map.nodeList') });

describe('chain map', () => {
  it(
    'lists the nodes by segment with their coverage, and opens a gap node with its ranked candidates',
    async () => {
      mockApi({
        'GET /api/me': ok(OFFICER),
        'GET /api/chains/5': ok(CHAIN),
        'GET /api/chains/5/nodes/31': ok(GAP_NODE),
      });
      renderMap();
      expect(await screen.findByRole('heading', { name: CHAIN.name })).toBeInTheDocument();
      expect(screen.getByTestId('chain-summary')).toHaveTextContent(
        t('chains.map.summary', { nodes: 4, gaps: 1, extend: 1, weak: 1, covered: 1 }),
      );
      const downstream = within(nodeList()).getByRole('region', { name: t('chains.segments.DOWNSTREAM') });
      const gap = within(downstream).getByRole('button', { name: /Hangkong hangtian/ });
      expect(gap).toHaveTextContent(t('chains.coverage.GAP'));
      expect(gap).toHaveTextContent(t('chains.nodeCounts', { local: 0, target: 2, projects: 1 }));

      await userEvent.click(gap);
      expect(screen.getByTestId('location')).toHaveTextContent('/chains/5?node=31');
      const panel = await screen.findByRole('dialog');
      expect(await within(panel).findByText('Zhonghang jituan')).toHaveAttribute('href', '/enterprises/301');
      const first = within(panel).getByTestId('candidate-301');
      expect(first).toHaveTextContent(t('chains.node.rank', { rank: 1 }));
      expect(first).toHaveTextContent('链主 +30');
      expect(first).toHaveTextContent('注册资本 5.2亿元 +25');
      expect(first).toHaveTextContent('近180天走访 3 次 +18');
      expect(within(panel).getByText('Hangkong cailiao xiangmu')).toHaveAttribute('href', '/projects/77');
      // Officers may link firms.
      expect(within(panel).getByText(t('chains.link.title'))).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: t('chains.map.editGraph') })).toBeNull();
    },
    SLOW,
  );

  it(
    'opens the node named in the address and a node clicked on the map',
    async () => {
      mockApi({
        'GET /api/me': ok({ ...OFFICER, roles: ['leader'] }),
        'GET /api/chains/5': ok(CHAIN),
        'GET /api/chains/5/nodes/31': ok(GAP_NODE),
        'GET /api/chains/5/nodes/21': ok({ ...GAP_NODE, node: CHAIN.nodes[2], targets: [], projects: [] }),
      });
      renderMap('/chains/5?node=31');
      const panel = await screen.findByRole('dialog');
      expect(await within(panel).findByText('Zhonghang jituan')).toBeInTheDocument();
      // A leader reads; no linking, no unlinking.
      expect(within(panel).queryByText(t('chains.link.title'))).toBeNull();
      expect(within(panel).queryByRole('button', { name: new RegExp(t('chains.link.unlink')) })).toBeNull();

      const nodes = within(screen.getByTestId('chain-graph')).getByTestId('series-1');
      await userEvent.click(within(nodes).getAllByRole('button')[2]);
      expect(screen.getByTestId('location')).toHaveTextContent('/chains/5?node=21');
      expect(await screen.findByText(t('chains.node.noTargets'))).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'shows only the gaps when asked',
    async () => {
      mockApi({ 'GET /api/me': ok(ADMIN), 'GET /api/chains/5': ok(CHAIN) });
      renderMap();
      await screen.findByRole('heading', { name: CHAIN.name });
      expect(within(nodeList()).getAllByRole('button')).toHaveLength(4);
      await userEvent.click(screen.getByRole('checkbox', { name: t('chains.map.onlyGaps') }));
      const names = within(nodeList())
        .getAllByRole('button')
        .map((b) => b.querySelector('strong')?.textContent);
      expect(names).toEqual(['Gaoxingneng xianwei', 'Hangkong hangtian']);
      expect(within(nodeList()).getByText(t('chains.map.noGaps'))).toBeInTheDocument();
      expect(screen.getByText(t('chains.map.editGraph'))).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'links a firm to the node as a target',
    async () => {
      const fetchMock = mockApi({
        'GET /api/me': ok(OFFICER),
        'GET /api/chains/5': ok(CHAIN),
        'GET /api/chains/5/nodes/31': ok(GAP_NODE),
        'GET /api/enterprises?q=qilu&size=20': ok({
          items: [{ id: 401, name: 'Qilu xincai', creditCode: null }],
          total: 1,
          next: null,
        }),
        'POST /api/chains/5/nodes/31/enterprises': () => ({ status: 201, body: {} }),
      });
      renderMap('/chains/5?node=31');
      const panel = await screen.findByRole('dialog');
      await within(panel).findByText('Zhonghang jituan');
      await userEvent.type(within(panel).getByRole('combobox'), 'qilu');
      await userEvent.click(await screen.findByText('Qilu xincai'));
      await userEvent.click(
        within(panel).getByRole('button', { name: new RegExp(`(^|\\s)${t('chains.link.button')}$`) }),
      );
      await vi.waitFor(() =>
        expect(sentBody(fetchMock, 'POST /api/chains/5/nodes/31/enterprises')).toEqual({
          enterpriseId: 401,
          role: 'TARGET',
          note: null,
        }),
      );
    },
    SLOW,
  );
});
