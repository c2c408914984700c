import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Location, t } from '../../../test/helpers';
import { OFFICER, mockApi, renderRoutes, ok } from '../../../test/render';
import { EnterpriseDetailPage } from '../../enterprises';
import { FIRM } from '../test-fixtures';
import type { TimelineEntry } from '../api/types';

/** Another unit's record: only its kind, date and unit are shown. */
const restricted = (kind: TimelineEntry['kind'], date: string): TimelineEntry => ({
  kind,
  id: null,
  date,
  code: null,
  title: null,
  detail: null,
  unitName: 'Beiyuan',
  restricted: true,
  photoIds: [],
});

const TIMELINE: TimelineEntry[] = [
  {
    kind: 'VISIT',
    id: 41,
    date: '2026-11-20',
    code: 'RECEPTION',
    title: 'On-site visit',
    detail: 'Second plant',
    unitName: 'Wuyingshan',
    restricted: false,
    photoIds: [],
  },
  restricted('LEAD', '2026-11-12'),
  restricted('VISIT', '2026-10-02'),
  {
    kind: 'PROJECT',
    id: 5,
    date: '2026-09-01',
    code: null,
    title: 'Huaxin battery plant',
    detail: null,
    unitName: 'Wuyingshan',
    restricted: false,
    photoIds: [],
  },
];

/** The page under test, and where it may lead. */
const pages = {
  '/enterprises/:id': <EnterpriseDetailPage />,
  '*': <Location />,
};

describe('enterprise timeline', () => {
  it("links the unit's own records and shows another unit's only as unit and date", async () => {
    mockApi({
      'GET /api/me': ok(OFFICER),
      'GET /api/enterprises/7': ok(FIRM),
      'GET /api/enterprises/7/timeline': ok(TIMELINE),
    });
    renderRoutes('/enterprises/7', pages);

    // Role queries crawl on antd's large DOM when the machine is busy: wait by text, then check the link.
    const visit = await screen.findByText('On-site visit', {}, { timeout: 20_000 });
    expect(visit.closest('a')).toHaveAttribute('href', '/visits/41');
    expect(screen.getByRole('link', { name: 'Huaxin battery plant' })).toHaveAttribute('href', '/projects/5');
    expect(screen.getByText('Second plant')).toBeInTheDocument();
    expect(screen.getByText(t('visits.kinds.RECEPTION'))).toBeInTheDocument();
    const lead = screen.getByText(
      t('visits.timeline.restricted', { unit: 'Beiyuan', date: '2026-11-12', what: t('visits.timeline.what.LEAD') }),
    );
    expect(lead.closest('a')).toBeNull();
    expect(
      screen.getByText(
        t('visits.timeline.restricted', {
          unit: 'Beiyuan',
          date: '2026-10-02',
          what: t('visits.timeline.what.VISIT'),
        }),
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).not.toContain('/leads/null');

    await userEvent.click(screen.getByRole('button', { name: new RegExp(t('visits.timeline.record')) }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/visits/new?enterpriseId=7');
  });

  it('says when nothing has happened yet, and offers no "log a visit" to leaders', async () => {
    mockApi({
      'GET /api/me': ok({ ...OFFICER, roles: ['leader'] }),
      'GET /api/enterprises/7': ok({ ...FIRM, canEdit: false }),
      'GET /api/enterprises/7/timeline': ok([]),
    });
    renderRoutes('/enterprises/7', pages);
    expect(await screen.findByText(t('visits.timeline.empty'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: new RegExp(t('visits.timeline.record')) })).not.toBeInTheDocument();
  });
});
