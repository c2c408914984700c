import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp, ok } from '../../../test/render';
import { PersonName } from './person-name';

describe('a person where a record keeps a login', () => {
  it('shows the name, with the login as a tooltip, and the login alone for someone unknown', async () => {
    mockApi({
      'GET /api/users/people': ok([{ username: 'unithead', displayName: '李娜' }]),
    });
    renderWithApp(
      <>
        <PersonName login="unithead" />
        <PersonName login="ghost" />
      </>,
    );
    const name = await screen.findByText('李娜');
    expect(screen.queryByText('unithead')).not.toBeInTheDocument();
    expect(screen.getByText('ghost')).toBeInTheDocument();
    await userEvent.hover(name);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('unithead');
  });

  it('names the application itself 系统, not its login', async () => {
    mockApi({ 'GET /api/users/people': ok([]) });
    renderWithApp(<PersonName login="system" />);
    expect(await screen.findByText('系统')).toBeInTheDocument();
    expect(screen.queryByText('system')).not.toBeInTheDocument();
  });
});
