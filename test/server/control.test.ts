import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStatusServer, type ControlState, type ServerStats, type StatusServer } from './index';
import { FALLBACK, STATUS, fetchFrom } from './test-client';

let server: StatusServer;
beforeAll(async () => {
  server = await startStatusServer({ scenario: 'healthy' });
});
afterAll(() => server.close());

// Tests in another process only know the URL: talk to the control API over HTTPS like they would.
async function control<T = ControlState>(route: string, body?: unknown): Promise<{ status: number; data: T }> {
  const reply = await fetchFrom(server, STATUS, `/__control/${route}`, {
    method: body === undefined && !route.match(/^(step|reset-stats)$/) ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  return { status: reply.status, data: JSON.parse(reply.text) as T };
}

describe('control API', () => {
  it('reports the state, scenarios and steps', async () => {
    const { data } = await control('state');
    expect(data).toMatchObject({ scenario: 'healthy', stepIndex: 0, stepCount: 1, indicator: 'none', faults: {} });
    expect(data.scenarios).toEqual(
      expect.arrayContaining([
        'healthy',
        'p0mgnjv3bj97',
        '9g6qpr72ttbr',
        'sn3y911gkt0r',
        'maintenance',
        'minor-unnamed',
      ]),
    );
  });

  it('switches scenario, steps and jumps, and the API follows', async () => {
    let { data } = await control('scenario', { name: 'p0mgnjv3bj97' });
    expect(data).toMatchObject({ scenario: 'p0mgnjv3bj97', stepIndex: 0, stepCount: 8 });
    ({ data } = await control('step', {}));
    expect(data.stepIndex).toBe(1);
    expect(data.indicator).toBe('major');
    expect(server.stepIndex).toBe(1);
    const status = JSON.parse((await fetchFrom(server, FALLBACK, '/api/v2/status.json')).text) as {
      status: { indicator: string };
    };
    expect(status.status.indicator).toBe('major');
    ({ data } = await control('goto', { index: 7 }));
    expect(data).toMatchObject({ stepIndex: 7, indicator: 'none' });
    expect(data.step).toBe(data.steps[7]);
  });

  it('sets and clears faults', async () => {
    let { data } = await control('fault', {
      host: 'status.claude.com',
      fault: { kind: 'rate-limit', retryAfterSeconds: 30 },
    });
    expect(data.faults).toEqual({ 'status.claude.com': { kind: 'rate-limit', retryAfterSeconds: 30 } });
    expect((await fetchFrom(server, STATUS, '/api/v2/summary.json')).status).toBe(429);
    ({ data } = await control('fault', { host: 'status.claude.com', fault: null }));
    expect(data.faults).toEqual({});
    expect((await fetchFrom(server, STATUS, '/api/v2/summary.json')).status).toBe(200);
  });

  it('serves and resets stats', async () => {
    await control('reset-stats');
    await fetchFrom(server, STATUS, '/api/v2/status.json');
    const { data } = await control<ServerStats>('stats');
    expect(data.byPath).toEqual({ '/api/v2/status.json': 1 });
    expect(data.requests[0]).toMatchObject({ host: STATUS, status: 200 });
    await control('reset-stats');
    expect((await control<ServerStats>('stats')).data.requests).toEqual([]);
  });

  it('answers 400 with a reason for bad input and 404 for unknown routes', async () => {
    const bad = [
      await control('scenario', { name: 'nope' }),
      await control('goto', { index: 99 }),
      await control('goto', { index: 'one' }),
      await control('fault', { host: 'example.com', fault: null }),
      await control('fault', { host: '*', fault: { kind: 'slow' } }),
      await control('fault', { host: '*', fault: { kind: 'teapot' } }),
    ];
    for (const reply of bad) {
      expect(reply.status).toBe(400);
      expect((reply.data as unknown as { error: string }).error.length).toBeGreaterThan(0);
    }
    expect((await control('nothing')).status).toBe(404);
    expect(server.stats().requests.some((r) => r.path.startsWith('/__control/'))).toBe(false);
  });
});
