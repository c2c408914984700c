import { describe, expect, it } from 'vitest';
import { api, ApiError } from './api-client';
import { mockApi, ok } from '../test/render';

describe('api client', () => {
  it('turns problem+json into an ApiError with its code and violations', async () => {
    mockApi({
      'POST /api/units': () => ({
        status: 400,
        contentType: 'application/problem+json',
        body: {
          status: 400,
          code: 'unit.code_taken',
          detail: 'taken',
          violations: [{ field: 'code', message: 'taken' }],
        },
      }),
    });
    const error = await api('/api/units', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('unit.code_taken');
    expect((error as ApiError).violations[0].field).toBe('code');
  });

  it('gives a code to an error without a body', async () => {
    mockApi({ 'GET /api/me': () => ({ status: 401 }) });
    const error = (await api('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('auth.unauthenticated');
  });

  it('sends the CSRF marker and the If-Match version', async () => {
    const fetchMock = mockApi({ 'PUT /api/units/3': ok({ id: 3 }) });
    await api('/api/units/3', { method: 'PUT', body: { name: 'x' }, version: 4 });
    const headers = fetchMock.mock.calls[0][1]?.headers as Record<string, string>;
    expect(headers['X-Requested-With']).toBe('XMLHttpRequest');
    expect(headers['If-Match']).toBe('"4"');
  });
});
