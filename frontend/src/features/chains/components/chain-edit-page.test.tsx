import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../../../test/helpers';
import { ADMIN, OFFICER, mockApi, renderRoutes, ok, inTurn } from '../../../test/render';
import { CHAIN } from '../test-fixtures';
import { ChainEditPage } from './chain-edit-page';

// The editor is a form of tables of selects: on a loaded 2-core machine jsdom needs up to ~110 s for one of these.
const SLOW = 240_000;
const INDUSTRIES = {
  items: [
    {
      id: 1,
      code: 'materials',
      name: 'New materials',
      category: 'LEADING',
      sortOrder: 1,
      gbt4754Codes: [],
      description: null,
      retiredOn: null,
      version: 0,
    },
  ],
  total: 1,
  next: null,
};

const renderEditor = () =>
  renderRoutes('/chains/5/edit', { '/chains/:id/edit': <ChainEditPage />, '/chains/:id': <p>chain map</p> });

const save = () => userEvent.click(screen.getByRole('button', { name: t('chains.editor.save') }));

describe('chain graph editor', () => {
  it(
    'adds a node and saves the whole graph with one PUT at the chain version',
    async () => {
      let sent: { body: unknown; ifMatch?: string } | undefined;
      mockApi({
        'GET /api/me': ok(ADMIN),
        'GET /api/chains/5': ok(CHAIN),
        'GET /api/industries?includeRetired=false': ok(INDUSTRIES),
        'PUT /api/chains/5/graph': (init) => {
          sent = {
            body: JSON.parse(String(init?.body)),
            ifMatch: (init?.headers as Record<string, string>)['If-Match'],
          };
          return { status: 200, body: { ...CHAIN, version: 8 } };
        },
      });
      renderEditor();
      expect(await screen.findByDisplayValue('Hangkong hangtian')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: new RegExp(t('chains.editor.addNode')) }));
      // Pasted, not typed: each keystroke re-renders the whole table, slow in jsdom on a busy machine.
      await userEvent.click(screen.getByRole('textbox', { name: `${t('chains.editor.nodeName')} 5` }));
      await userEvent.paste('Xinneng qiche');
      await save();
      expect(await screen.findByText('chain map')).toBeInTheDocument();
      expect(sent?.ifMatch).toBe('"7"');
      const body = sent?.body as { nodes: Record<string, unknown>[]; edges: unknown[] };
      expect(body.nodes).toHaveLength(5);
      expect(body.nodes[4]).toEqual({
        key: 'new-5',
        name: 'Xinneng qiche',
        segment: 'DOWNSTREAM',
        sortOrder: null,
        description: null,
      });
      expect(body.edges).toContainEqual({ from: 'n21', to: 'n31' });
    },
    SLOW,
  );

  it(
    "puts the server's field errors on the row and explains a node still in use",
    async () => {
      mockApi({
        'GET /api/me': ok(ADMIN),
        'GET /api/chains/5': ok(CHAIN),
        'GET /api/industries?includeRetired=false': ok(INDUSTRIES),
        'PUT /api/chains/5/graph': inTurn(
          () => ({
            status: 422,
            contentType: 'application/problem+json',
            body: {
              status: 422,
              code: 'validation.failed',
              violations: [{ field: 'nodes[1].name', message: 'Name taken on the server' }],
            },
          }),
          () => ({
            status: 409,
            contentType: 'application/problem+json',
            body: { status: 409, code: 'chain.node_in_use', detail: 'Hangkong hangtian has firms' },
          }),
        ),
      });
      renderEditor();
      await screen.findByDisplayValue('Hangkong hangtian');
      await save();
      expect(await screen.findByText('Name taken on the server')).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: `${t('chains.editor.removeNode')} Hangkong hangtian` }));
      await save();
      expect(await screen.findByText(t('chains.editor.nodeInUseAny'))).toBeInTheDocument();
      expect(screen.getByText('Hangkong hangtian has firms')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'deletes the chain at its version, or says why it cannot',
    async () => {
      const ifMatch: string[] = [];
      let answer = 0;
      mockApi({
        'GET /api/me': ok(ADMIN),
        'GET /api/chains/5': ok(CHAIN),
        'GET /api/industries?includeRetired=false': ok(INDUSTRIES),
        'DELETE /api/chains/5': (init) => {
          ifMatch.push((init?.headers as Record<string, string>)['If-Match']);
          return ++answer === 1
            ? { status: 409, contentType: 'application/problem+json', body: { status: 409, code: 'chain.in_use' } }
            : { status: 204 };
        },
        'GET /api/chains': ok([]),
      });
      renderRoutes('/chains/5/edit', { '/chains/:id/edit': <ChainEditPage />, '/chains': <p>chains list</p> });
      await screen.findByDisplayValue('Hangkong hangtian');
      const remove = async () => {
        await userEvent.click(screen.getByRole('button', { name: new RegExp(t('chains.editor.delete')) }));
        const confirm = await screen.findByRole('tooltip');
        await userEvent.click(within(confirm).getByRole('button', { name: t('chains.editor.delete') }));
      };
      await remove();
      expect(await screen.findByText(t('chains.errors.chain.in_use'))).toBeInTheDocument();
      await remove();
      expect(await screen.findByText('chains list')).toBeInTheDocument();
      expect(ifMatch).toEqual(['"7"', '"7"']);
    },
    SLOW,
  );

  it(
    'is for administrators only',
    async () => {
      mockApi({ 'GET /api/me': ok(OFFICER), 'GET /api/chains/5': ok(CHAIN) });
      renderEditor();
      expect(await screen.findByText(t('chains.editor.adminOnly'))).toBeInTheDocument();
    },
    SLOW,
  );
});
