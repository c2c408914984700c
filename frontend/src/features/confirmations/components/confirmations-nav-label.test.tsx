import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NavMenu } from '../../../app/layout/nav-menu';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { t } from '../../../test/helpers';
import { PENDING } from '../test-fixtures';

describe('待审核 in the menu', () => {
  it('counts what waits for a unit head', async () => {
    mockApi({ 'GET /api/confirmations': ok(PENDING) });
    renderWithApp(<NavMenu roles={['unit_head']} />);
    expect(await screen.findByLabelText(t('nav.confirmationsWithCount', { n: 2 }))).toBeInTheDocument();
  });

  it('asks nothing of the server for a leader, and is not there for an officer', async () => {
    const fetchMock = mockApi({});
    const { unmount } = renderWithApp(<NavMenu roles={['leader']} />);
    expect(await screen.findByText(t('nav.confirmations'))).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    unmount();
    renderWithApp(<NavMenu roles={['officer']} />);
    expect(screen.queryByText(t('nav.confirmations'))).not.toBeInTheDocument();
  });
});
