import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithApp, pageOf, inTurn, requests } from '../../../test/render';
import { SpacePage } from './space-page';

const ZONE = {
  id: 3,
  code: 'xinxing-zhizao',
  name: '新型智造组团',
  kind: 'CLUSTER',
  sortOrder: 4,
  description: null,
  version: 2,
};
const PARK = {
  id: 7,
  code: 'xincailiao',
  name: '济南新材料产业园区',
  zone: { id: 3, name: '新型智造组团' },
  status: 'OPERATING',
  description: null,
  version: 0,
};

describe('zones and parks', () => {
  it('adds a park in a zone and shows the server refusal on the code field', async () => {
    const fetchMock = mockApi({
      'GET /api/parks': pageOf([PARK]),
      'GET /api/zones': pageOf([ZONE]),
      'POST /api/parks': inTurn(
        () => ({
          status: 409,
          body: {
            code: 'park.code_taken',
            detail: '编码已被使用',
            violations: [{ field: 'code', message: '编码 shuzi 已被其他园区使用' }],
          },
        }),
        () => ({ status: 201, body: { ...PARK, id: 8, code: 'shuzi-2', name: '数字经济产业园' } }),
      ),
    });
    renderWithApp(<SpacePage />, { route: '/admin/space?tab=parks' });
    await userEvent.click(await screen.findByRole('button', { name: '新增园区' }));
    fireEvent.change(screen.getByLabelText('园区名称'), { target: { value: '数字经济产业园' } });
    fireEvent.change(screen.getByLabelText('编码'), { target: { value: 'shuzi' } });
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('编码 shuzi 已被其他园区使用')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('编码'), { target: { value: 'shuzi-2' } });
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(requests(fetchMock).filter((r) => r === 'POST /api/parks')).toHaveLength(2));
    const body = JSON.parse(String(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')[1][1]?.body));
    expect(body).toMatchObject({ name: '数字经济产业园', code: 'shuzi-2', status: 'PLANNED' });
  });

  it('edits a zone with its version and refuses a code with capitals before sending', async () => {
    const fetchMock = mockApi({
      'GET /api/zones': pageOf([ZONE]),
      'PUT /api/zones/3': (init) => ({ status: 200, body: { ...ZONE, ...JSON.parse(String(init?.body)), version: 3 } }),
    });
    renderWithApp(<SpacePage />, { route: '/admin/space?tab=zones' });
    await screen.findByText('新型智造组团');
    await userEvent.click(screen.getByRole('button', { name: /编\s*辑/ }));
    const code = screen.getByLabelText('编码');
    fireEvent.change(code, { target: { value: 'XinXing' } });
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('编码为 2–32 个小写字母、数字或 -')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
    fireEvent.change(code, { target: { value: 'xinxing' } });
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(new Headers(put?.[1]?.headers).get('If-Match')).toBe('"2"');
    expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({ code: 'xinxing', name: '新型智造组团', sortOrder: 4 });
  });
});
