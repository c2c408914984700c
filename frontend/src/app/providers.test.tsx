import { render, screen, within } from '@testing-library/react';
import { act } from 'react';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import i18n from '../lib/i18n';
import { Providers } from './providers';

const DAY = dayjs('2026-12-07');

function pickers() {
  return render(
    <Providers>
      <DatePicker open value={DAY} classNames={{ popup: { root: 'day-panel' } }} />
      <DatePicker open picker="month" value={DAY} classNames={{ popup: { root: 'month-panel' } }} />
    </Providers>,
  );
}

const panel = (name: string) => document.querySelector<HTMLElement>(`.${name}`)!;
const weekdays = () => [...panel('day-panel').querySelectorAll('thead th')].map((th) => th.textContent);

describe('every picker follows the language, from the provider', () => {
  it('speaks Chinese under zh-CN: the week starts on Monday, months are 1月 … 12月', () => {
    pickers();
    expect(weekdays()).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    expect(within(panel('day-panel')).getByText('12月')).toBeInTheDocument();
    expect(within(panel('month-panel')).getByText('1月')).toBeInTheDocument();
    expect(screen.queryByText('Dec')).toBeNull();
  });

  it('speaks English under en', async () => {
    await act(() => i18n.changeLanguage('en'));
    pickers();
    expect(weekdays()).toEqual(['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']);
    expect(within(panel('month-panel')).getByText('Jan')).toBeInTheDocument();
  });
});
