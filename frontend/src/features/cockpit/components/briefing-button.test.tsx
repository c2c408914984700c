import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp } from '../../../test/render';
import { t } from '../test-utils';
import { BriefingButton } from './briefing-button';

describe('BriefingButton', () => {
  it('links to the briefing of the day and the unit shown', () => {
    mockApi({});
    renderWithApp(<BriefingButton asOf="2026-03-15" unitId={7} />);
    const link = screen.getByRole('link', { name: new RegExp(t('cockpitBriefing.download')) });
    expect(link.getAttribute('href')).toBe('/api/reports/briefing.pdf?asOf=2026-03-15&unitId=7');
  });

  it('leaves the unit out for the whole district', () => {
    mockApi({});
    renderWithApp(<BriefingButton asOf="2026-03-15" />);
    expect(screen.getByRole('link', { name: /汇报材料/ }).getAttribute('href')).toBe(
      '/api/reports/briefing.pdf?asOf=2026-03-15',
    );
  });
});
