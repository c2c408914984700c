import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Location, t, SLOW } from '../../../test/helpers';
import { OFFICER, mockApi, renderRoutes, ok, pageOf, inTurn } from '../../../test/render';
import { FIRM, VISIT, problem } from '../test-fixtures';
import { queueStore } from '../queue/queue-store';
import { draftStorageKey, type VisitDraft } from './visit-draft';
import { VisitFormPage } from './visit-form-page';

const NEW_DRAFT = draftStorageKey('officer');
const ME = { 'GET /api/me': ok(OFFICER) };

/** The page under test, and where it may lead. */
const pages = {
  '/visits/new': <VisitFormPage />,
  '/visits/:id/edit': <VisitFormPage />,
  '/visits/:id': <Location />,
  '/visits': <Location />,
};

const storedDraft = () => JSON.parse(localStorage.getItem(NEW_DRAFT) ?? 'null') as VisitDraft | null;
const headersOf = (init?: RequestInit) => init?.headers as Record<string, string>;
const save = () => userEvent.click(screen.getByRole('button', { name: t('visits.form.save') }));

describe('visit form: draft', () => {
  it(
    'keeps what is typed through a remount and sends the draft key as Idempotency-Key',
    async () => {
      const fetchMock = mockApi({
        ...ME,
        'GET /api/enterprises/7': ok(FIRM),
        'POST /api/visits': () => ({ status: 201, body: VISIT }),
      });
      const first = renderRoutes('/visits/new?enterpriseId=7', pages);
      // Opened from the enterprise's page: the firm is chosen.
      expect(await screen.findByText(FIRM.name)).toBeInTheDocument();
      expect(screen.queryByText(t('visits.form.draftRestored'))).not.toBeInTheDocument();
      await userEvent.type(screen.getByLabelText(t('visits.fields.summary')), 'Plant');
      const draft = storedDraft();
      expect(draft?.values.summary).toBe('Plant');
      expect(draft?.values.enterprise).toEqual({ value: 7, label: FIRM.name });
      expect(draft?.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

      // The page reloads (or the phone kills the tab) mid-typing.
      first.unmount();
      renderRoutes('/visits/new', pages);
      expect(await screen.findByText(t('visits.form.draftRestored'))).toBeInTheDocument();
      expect(screen.getByLabelText(t('visits.fields.summary'))).toHaveValue('Plant');
      expect(screen.getByText(FIRM.name)).toBeInTheDocument();

      await userEvent.type(screen.getByLabelText(t('visits.fields.summary')), ' II');
      await userEvent.click(screen.getByRole('radio', { name: t('visits.intents.CLEAR') }));
      await save();

      expect(await screen.findByTestId('location')).toHaveTextContent('/visits/41');
      const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
      expect(headersOf(post?.[1])['Idempotency-Key']).toBe(draft?.key);
      expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({
        enterpriseId: 7,
        kind: 'ON_SITE',
        summary: 'Plant II',
        intent: 'CLEAR',
        ourParticipants: [{ username: 'officer', name: OFFICER.displayName }],
        theirParticipants: [],
        followUpOn: null,
        tripId: null,
      });
      expect(localStorage.getItem(NEW_DRAFT)).toBeNull();
    },
    SLOW,
  );

  it(
    'discards a restored draft on request',
    async () => {
      localStorage.setItem(
        NEW_DRAFT,
        JSON.stringify({
          key: 'k-1',
          savedAt: '2026-11-20T06:00:00Z',
          values: { summary: 'Half a thought', kind: 'PHONE' },
        }),
      );
      mockApi(ME);
      renderRoutes('/visits/new', pages);
      expect(await screen.findByLabelText(t('visits.fields.summary'))).toHaveValue('Half a thought');
      expect(screen.getByRole('radio', { name: t('visits.kinds.PHONE') })).toHaveAttribute('aria-checked', 'true');

      await userEvent.click(screen.getByRole('button', { name: t('visits.form.discardDraft') }));
      await vi.waitFor(() => expect(screen.getByLabelText(t('visits.fields.summary'))).toHaveValue(''));
      expect(screen.queryByText(t('visits.form.draftRestored'))).not.toBeInTheDocument();
      expect(screen.getByRole('radio', { name: t('visits.kinds.ON_SITE') })).toHaveAttribute('aria-checked', 'true');
      expect(localStorage.getItem(NEW_DRAFT)).toBeNull();
    },
    SLOW,
  );

  it(
    'picks the firm by searching the target library and offers its contacts',
    async () => {
      const fetchMock = mockApi({
        ...ME,
        'GET /api/enterprises?q=jinan&size=20': pageOf([FIRM]),
        'GET /api/enterprises/7': ok(FIRM),
        'POST /api/visits': () => ({ status: 201, body: VISIT }),
      });
      renderRoutes('/visits/new', pages);
      await userEvent.type(await screen.findByLabelText(t('visits.fields.enterprise')), 'jinan');
      await userEvent.click(await screen.findByText(FIRM.name, { selector: '.ant-select-item-option-content span' }));

      await userEvent.click(screen.getByLabelText(t('visits.fields.theirParticipants')));
      await userEvent.click(
        await screen.findByText(t('visits.withTitle', { name: 'Zhang San', title: 'CEO' }), {
          selector: '.ant-select-item-option-content',
        }),
      );
      await userEvent.type(screen.getByLabelText(t('visits.fields.summary')), 'Plant');
      await userEvent.click(screen.getByRole('radio', { name: t('visits.intents.WEAK') }));
      await save();

      await screen.findByTestId('location');
      const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
      expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({
        enterpriseId: 7,
        theirParticipants: [{ contactId: 3, name: 'Zhang San', title: 'CEO' }],
      });
    },
    SLOW,
  );
});

describe('visit form: refusals', () => {
  it(
    'shows the server violations on their fields and keeps the draft',
    async () => {
      localStorage.setItem(
        NEW_DRAFT,
        JSON.stringify({
          key: 'k-2',
          savedAt: '2026-11-20T06:00:00Z',
          values: {
            enterprise: { value: 7, label: FIRM.name },
            kind: 'ON_SITE',
            visitedOn: '2026-11-20',
            summary: 'Talk',
            intent: 'NONE',
            ourParticipants: [],
          },
        }),
      );
      mockApi({
        ...ME,
        'GET /api/enterprises/7': ok(FIRM),
        'POST /api/visits': () =>
          problem(400, 'request.invalid', [
            { field: 'theirParticipants[0].contactId', message: 'not a contact of this firm' },
          ]),
      });
      renderRoutes('/visits/new', pages);
      await screen.findByText(t('visits.form.draftRestored'));
      await save();
      expect(await screen.findByText('not a contact of this firm')).toBeInTheDocument();
      expect(document.querySelector('#theirParticipants_help')).toHaveTextContent('not a contact of this firm');
      expect(localStorage.getItem(NEW_DRAFT)).not.toBeNull();
    },
    SLOW,
  );

  it(
    'tells the person when the visit changed meanwhile and reloads the latest version',
    async () => {
      const fetchMock = mockApi({
        ...ME,
        'GET /api/visits/41': inTurn(ok(VISIT), ok({ ...VISIT, summary: 'Updated by a colleague', version: 3 })),
        'GET /api/enterprises/7': ok(FIRM),
        'PUT /api/visits/41': () => problem(412, 'version.stale'),
      });
      renderRoutes('/visits/41/edit', pages);
      const summary = await screen.findByLabelText(t('visits.fields.summary'));
      expect(summary).toHaveValue(VISIT.summary);
      await userEvent.type(summary, '!');
      expect(localStorage.getItem(draftStorageKey('officer', 41))).not.toBeNull();
      await save();

      expect(await screen.findByText(t('visits.form.stale'))).toBeInTheDocument();
      const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
      expect(headersOf(put?.[1])['If-Match']).toBe('"2"');
      expect(headersOf(put?.[1])['Idempotency-Key']).toBeUndefined();

      await userEvent.click(screen.getByRole('button', { name: t('visits.form.reload') }));
      await vi.waitFor(() =>
        expect(screen.getByLabelText(t('visits.fields.summary'))).toHaveValue('Updated by a colleague'),
      );
      expect(screen.queryByText(t('visits.form.stale'))).not.toBeInTheDocument();
      expect(localStorage.getItem(draftStorageKey('officer', 41))).toBeNull();
    },
    SLOW,
  );

  const K3_DRAFT = {
    key: 'k-3',
    savedAt: '2026-11-20T06:00:00Z',
    values: {
      enterprise: { value: 7, label: FIRM.name },
      kind: 'PHONE',
      visitedOn: '2026-11-20',
      summary: 'Call',
      intent: 'WEAK',
    },
  };

  it(
    'queues a new visit on the device under the draft key when the network drops mid-save',
    async () => {
      const keys: string[] = [];
      mockApi({
        ...ME,
        'GET /api/enterprises/7': ok(FIRM),
        'POST /api/visits': (init) => {
          keys.push(headersOf(init)['Idempotency-Key']);
          throw new TypeError('Failed to fetch');
        },
      });
      localStorage.setItem(NEW_DRAFT, JSON.stringify(K3_DRAFT));
      renderRoutes('/visits/new', pages);
      await screen.findByText(t('visits.form.draftRestored'));
      await save();
      expect(await screen.findByTestId('location')).toHaveTextContent(/^\/visits$/);
      expect(keys).toEqual(['k-3']);
      const [queued] = await queueStore.read('officer');
      expect(queued).toMatchObject({ key: 'k-3', owner: 'officer', firmName: FIRM.name, state: 'WAITING' });
      expect(queued.input).toMatchObject({ enterpriseId: 7, kind: 'PHONE', summary: 'Call', visitedOn: '2026-11-20' });
      expect(localStorage.getItem(NEW_DRAFT)).toBeNull();
      await queueStore.write('officer', []);
    },
    SLOW,
  );

  it(
    'offline, queues a new visit without trying the server',
    async () => {
      const fetchMock = mockApi({ ...ME, 'GET /api/enterprises/7': ok(FIRM) });
      vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
      localStorage.setItem(NEW_DRAFT, JSON.stringify(K3_DRAFT));
      renderRoutes('/visits/new', pages);
      expect(await screen.findByText(t('visits.form.offlineQueued'))).toBeInTheDocument();
      await save();
      expect(await screen.findByTestId('location')).toHaveTextContent(/^\/visits$/);
      expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);
      expect((await queueStore.read('officer')).map((q) => q.key)).toEqual(['k-3']);
      vi.restoreAllMocks();
      await queueStore.write('officer', []);
    },
    SLOW,
  );
});
