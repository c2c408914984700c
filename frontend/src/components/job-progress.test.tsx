import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Job } from '../lib/jobs';
import { JobProgress } from './job-progress';

const job = (patch: Partial<Job>): Job => ({
  id: '5d1c',
  kind: 'ENTERPRISE_IMPORT',
  state: 'RUNNING',
  done: 0,
  total: 0,
  createdAt: '2026-11-26T08:00:00Z',
  ...patch,
});

describe('job progress', () => {
  it('shows the phase, done of total and the bar at that share', () => {
    render(<JobProgress job={job({ phase: 'VALIDATING', done: 1200, total: 4800 })} />);
    expect(screen.getByText('正在逐行检查…')).toBeInTheDocument();
    expect(screen.getByText('已处理 1200 / 4800 行')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');
  });

  it('names the writing phase', () => {
    render(<JobProgress job={job({ phase: 'WRITING', done: 10, total: 10 })} />);
    expect(screen.getByText('正在写入…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  });

  it('waits without counts while queued or before the rows are known', () => {
    const { rerender } = render(<JobProgress job={job({ state: 'QUEUED' })} />);
    expect(screen.getByText('排队中，即将开始…')).toBeInTheDocument();
    expect(screen.getByText('请稍候…')).toBeInTheDocument();
    rerender(<JobProgress job={job({ phase: 'PARSING' })} />);
    expect(screen.getByText('正在读取表格…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
    rerender(<JobProgress />);
    expect(screen.getByText('排队中，即将开始…')).toBeInTheDocument();
  });
});
