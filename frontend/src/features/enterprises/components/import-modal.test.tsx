import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp, inTurn, ok } from '../../../test/render';
import { ImportModal } from './import-modal';

const sheet = () => new File(['企业名称\n某公司\n'], 'firms.csv', { type: 'text/csv' });
const job = (id: string, patch: Record<string, unknown>) => ({
  id,
  kind: 'ENTERPRISE_IMPORT',
  state: 'QUEUED',
  done: 0,
  total: 0,
  createdAt: '2026-11-26T08:00:00Z',
  ...patch,
});
const accepted = (id: string) => () => ({ status: 202, body: job(id, {}) });
/** Answers the polls in turn; the last answer repeats. */
const polls = (...answers: Record<string, unknown>[]) => inTurn(...answers.map(ok));
const fileInput = (container: HTMLElement) =>
  container.ownerDocument.querySelector('input[type=file]') as HTMLInputElement;

describe('import wizard', () => {
  it('shows the progress of the check, then every problem with its Excel row and writes nothing', async () => {
    mockApi({
      'POST /api/enterprises/import?dryRun=true': accepted('j1'),
      'GET /api/jobs/j1': polls(
        job('j1', { state: 'RUNNING', phase: 'VALIDATING', done: 1, total: 3 }),
        job('j1', {
          state: 'SUCCEEDED',
          phase: 'VALIDATING',
          done: 3,
          total: 3,
          result: {
            status: 'REJECTED',
            rows: 3,
            created: 0,
            updated: 0,
            unchanged: 0,
            applied: false,
            errors: [{ row: 3, column: '统一社会信用代码', message: '校验位错误' }],
          },
        }),
      ),
    });
    const { container } = renderWithApp(<ImportModal open onClose={() => {}} />);
    await userEvent.upload(fileInput(container), sheet());
    expect(await screen.findByText('已处理 1 / 3 行')).toBeInTheDocument();
    expect(screen.getByText('正在逐行检查…')).toBeInTheDocument();
    expect(await screen.findByText('校验位错误')).toBeInTheDocument();
    expect(screen.getByText('共 3 行，发现 1 处问题，未写入任何数据。请修改表格后重新上传。')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('imports after a clean check and tells the job to the page', async () => {
    const onJobChange = vi.fn();
    const fetchMock = mockApi({
      'POST /api/enterprises/import?dryRun=true': accepted('j2'),
      'GET /api/jobs/j2': polls(
        job('j2', {
          state: 'SUCCEEDED',
          result: { status: 'VALID', rows: 2, created: 1, updated: 1, unchanged: 0, applied: false, errors: [] },
        }),
      ),
      'POST /api/enterprises/import?dryRun=false': accepted('j3'),
      'GET /api/jobs/j3': polls(
        job('j3', {
          state: 'SUCCEEDED',
          phase: 'WRITING',
          done: 2,
          total: 2,
          result: { status: 'APPLIED', rows: 2, created: 1, updated: 1, unchanged: 0, applied: true, errors: [] },
        }),
      ),
    });
    const { container } = renderWithApp(<Harness onJobChange={onJobChange} />);
    await userEvent.upload(fileInput(container), sheet());
    expect(await screen.findByText('2 行全部通过检查')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '确认导入' }));
    expect(await screen.findByText('导入完成')).toBeInTheDocument();
    expect(screen.getByText('新增 1 家，更新 1 家，无变化 0 家')).toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`)).toEqual([
      'POST /api/enterprises/import?dryRun=true',
      'GET /api/jobs/j2',
      'POST /api/enterprises/import?dryRun=false',
      'GET /api/jobs/j3',
    ]);
    expect(onJobChange.mock.calls).toEqual([['j2'], [undefined], ['j3']]);
  });

  it('says in Chinese why a job failed', async () => {
    mockApi({
      'POST /api/enterprises/import?dryRun=true': accepted('j4'),
      'GET /api/jobs/j4': polls(
        job('j4', { state: 'FAILED', problem: { status: 500, code: 'job.interrupted', detail: 'interrupted' } }),
      ),
    });
    const { container } = renderWithApp(<ImportModal open onClose={() => {}} />);
    await userEvent.upload(fileInput(container), sheet());
    expect(
      await screen.findByText('任务已中断（服务器在处理期间停止），未写入任何数据。请重新上传文件。'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '重新上传' }));
    expect(screen.getByText('点击或拖入表格文件')).toBeInTheDocument();
  });

  it('finds a running job again from its id and follows it to the end', async () => {
    mockApi({
      'GET /api/jobs/j5': polls(
        job('j5', { state: 'RUNNING', phase: 'WRITING', done: 400, total: 1000 }),
        job('j5', {
          state: 'SUCCEEDED',
          phase: 'WRITING',
          done: 1000,
          total: 1000,
          result: { status: 'APPLIED', rows: 1000, created: 1000, updated: 0, unchanged: 0, applied: true, errors: [] },
        }),
      ),
    });
    renderWithApp(<ImportModal open onClose={() => {}} jobId="j5" onJobChange={() => {}} />);
    expect(await screen.findByText('已处理 400 / 1000 行')).toBeInTheDocument();
    expect(screen.getByText('正在写入…')).toBeInTheDocument();
    expect(await screen.findByText('导入完成')).toBeInTheDocument();
  });
});

/** The page's part: it keeps the job id (in the URL) and hands it back. */
function Harness({ onJobChange }: { onJobChange: (id: string | undefined) => void }) {
  const [jobId, setJobId] = useState<string>();
  return (
    <ImportModal
      open
      onClose={() => {}}
      jobId={jobId}
      onJobChange={(id) => {
        onJobChange(id);
        setJobId(id);
      }}
    />
  );
}
