import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { formatInstant } from '../lib/date-time';
import { ViewerWatermark } from './viewer-watermark';

const shown = vi.hoisted(() => ({ content: [] as string[] }));
vi.mock('antd', async (original) => ({
  ...(await original<typeof import('antd')>()),
  Watermark: ({ content, children }: { content: string[]; children: React.ReactNode }) => {
    shown.content = content;
    return <div data-testid="watermark">{children}</div>;
  },
}));

describe('ViewerWatermark', () => {
  it("marks the page with the viewer's name and the minute it was opened", () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T06:42:10Z'), toFake: ['Date'] });
    render(
      <MemoryRouter>
        <ViewerWatermark name="Wang Wei">
          <p>page</p>
        </ViewerWatermark>
      </MemoryRouter>,
    );
    vi.useRealTimers();
    expect(screen.getByTestId('watermark')).toContainElement(screen.getByText('page'));
    expect(shown.content).toEqual(['Wang Wei', formatInstant('2026-12-07T06:42:10Z')]);
  });
});
