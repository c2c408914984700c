import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithApp } from '../../../test/render';
import { ImportModal } from './import-modal';

afterEach(() => vi.unstubAllGlobals());

const sheet = () => new File(['企业名称\n某公司\n'], 'firms.csv', { type: 'text/csv' });

describe('import wizard', () => {
  it('shows every problem with its Excel row and writes nothing', async () => {
    mockApi({
      'POST /api/enterprises/import?dryRun=true': () => ({
        status: 200,
        body: { status: 'REJECTED', rows: 3, created: 0, updated: 0, unchanged: 0, applied: false, errors: [{ row: 3, column: '统一社会信用代码', message: '校验位错误' }] },
      }),
    });
    const { container } = renderWithApp(<ImportModal open onClose={() => {}} />);
    const input = container.ownerDocument.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, sheet());
    expect(await screen.findByText('校验位错误')).toBeInTheDocument();
    expect(screen.getByText('共 3 行，发现 1 处问题，未写入任何数据。请修改表格后重新上传。')).toBeInTheDocument();
  });

  it('imports after a clean check', async () => {
    const fetchMock = mockApi({
      'POST /api/enterprises/import?dryRun=true': () => ({
        status: 200,
        body: { status: 'VALID', rows: 2, created: 1, updated: 1, unchanged: 0, applied: false, errors: [] },
      }),
      'POST /api/enterprises/import?dryRun=false': () => ({
        status: 200,
        body: { status: 'APPLIED', rows: 2, created: 1, updated: 1, unchanged: 0, applied: true, errors: [] },
      }),
    });
    const { container } = renderWithApp(<ImportModal open onClose={() => {}} />);
    await userEvent.upload(container.ownerDocument.querySelector('input[type=file]') as HTMLInputElement, sheet());
    expect(await screen.findByText('2 行全部通过检查')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '确认导入' }));
    expect(await screen.findByText('导入完成')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
