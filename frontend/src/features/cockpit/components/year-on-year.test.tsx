import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { UserMenu } from '../../../app/layout/user-menu';
import { setChangeColours } from '../../../lib/change-colours';
import { OFFICER, renderWithApp } from '../../../test/render';
import { t } from '../test-utils';
import { YearOnYear } from './year-on-year';

const token = theme.getDesignToken({ token: { colorPrimary: '#c0392b' } });
const colourOf = (element: HTMLElement) => getComputedStyle(element).color;
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('the colours of change', () => {
  it('shows a rise red and a fall green by default, the Chinese way', () => {
    renderWithApp(
      <>
        <YearOnYear current={167} lastYear={140} />
        <YearOnYear current={88} lastYear={100} />
      </>,
    );
    expect(colourOf(screen.getByLabelText(t('cockpit.yoy.up', { percent: '19.3%' })))).toBe(rgb(token.colorError));
    expect(colourOf(screen.getByLabelText(t('cockpit.yoy.down', { percent: '12%' })))).toBe(rgb(token.colorSuccess));
  });

  it('switches to a green rise from the user menu, kept for the next visit', async () => {
    renderWithApp(
      <>
        <UserMenu me={OFFICER} />
        <YearOnYear current={167} lastYear={140} />
      </>,
    );
    const rise = screen.getByLabelText(t('cockpit.yoy.up', { percent: '19.3%' }));
    await userEvent.click(screen.getByRole('button', { name: OFFICER.displayName }));
    expect(await screen.findByText(t('app.changeColours.title'))).toBeInTheDocument();
    await userEvent.click(screen.getByText(t('app.changeColours.green-up')));
    expect(colourOf(rise)).toBe(rgb(token.colorSuccess));
    expect(localStorage.getItem('attract.changeColours')).toBe('green-up');

    act(() => setChangeColours('red-up'));
    expect(colourOf(rise)).toBe(rgb(token.colorError));
  });
});
