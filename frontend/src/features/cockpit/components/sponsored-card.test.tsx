import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { t } from '../test-utils';
import { SPONSORED_LINKS, SponsoredCard } from './sponsored-card';

describe("a leader's sponsored projects card", () => {
  it('shows how many projects the leader sponsors, how many are stalled and how many wait, each opening the list', async () => {
    mockApi({ 'GET /api/projects/sponsored': ok({ projects: 7, stalled: 2, pendingConfirmation: 1 }) });
    renderWithApp(<SponsoredCard />);

    expect(await screen.findByTestId('sponsored-projects')).toHaveTextContent('7');
    expect(screen.getByText(t('cockpitSponsored.title'))).toBeInTheDocument();
    expect(screen.getByTestId('sponsored-projects')).toHaveAttribute('href', SPONSORED_LINKS.projects);
    expect(screen.getByTestId('sponsored-stalled')).toHaveTextContent('2');
    expect(screen.getByTestId('sponsored-stalled')).toHaveAttribute(
      'href',
      '/projects?sponsoredByMe=true&stalled=true',
    );
    expect(screen.getByTestId('sponsored-pendingConfirmation')).toHaveTextContent('1');
    expect(screen.getByTestId('sponsored-pendingConfirmation')).toHaveAttribute(
      'href',
      '/projects?sponsoredByMe=true&pendingConfirmation=true',
    );
  });
});
