// Who can change the extension's state through runtime messages: only its own pages, and for session counts
// only its own content script in a top-level claude.ai page, with numbers only. Another extension, a frame,
// a page of another site and every malformed payload leave storage, the badge and the network untouched.
import { fakeBrowser } from '@webext-core/fake-browser';
import type Browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PER_CLASS, readReport } from '../../../src/core/session/report';
import { isMessage } from '../../../src/shared/messages';
import type { StatusServer } from '../../server';
import { badge, startWorker, storage, useStatusServer, type Clock } from './harness';

let server: StatusServer;
const clock: Clock = { now: Date.parse('2026-11-23T10:00:00Z') };
useStatusServer(clock, (started) => (server = started));

const own = () => fakeBrowser.runtime.id;
const claudeTab = (overrides: Partial<Browser.Runtime.MessageSender> = {}) =>
  ({
    id: own(),
    tab: { id: 7 } as Browser.Tabs.Tab,
    frameId: 0,
    url: 'https://claude.ai/chat/4f2a',
    ...overrides,
  }) as Browser.Runtime.MessageSender;
const errors = (serverError: number) => ({
  api: { success: 0, serverError, rateLimited: 0, other: 0 },
  send: { success: 0, serverError: 0, rateLimited: 0, other: 0 },
});
const valid = { type: 'sessionCounts', payload: { counts: errors(5) } };

/** Everything the extension keeps, the badge it shows and the requests it made: what a message could change. */
async function state() {
  return {
    storage: await storage.area.get(null),
    badge: await badge(),
    requests: server.stats().requests.length,
  };
}

/** A worker that has polled once, as it is whenever a page can talk to it. */
async function polledWorker() {
  const worker = startWorker(server, clock);
  await worker.pollNow();
  clock.now += 5_000;
  return worker;
}

describe('senders', () => {
  it('another extension is not answered at all, whatever it sends', async () => {
    const worker = await polledWorker();
    const before = await state();
    const stranger = claudeTab({ id: 'kgjfgplpablkjnlkjmjdecgdpfankdle' });
    for (const message of [
      { type: 'refresh', payload: {} },
      { type: 'getHistory', payload: { force: true } },
      valid,
      { type: 'sessionCounts', payload: { counts: errors(5) }, sender: { id: own() } },
    ])
      expect(worker.onMessage(message, stranger), JSON.stringify(message)).toBeUndefined();
    // No id at all (a web page, were one ever to reach the listener) is a stranger too.
    expect(worker.onMessage(valid, { url: 'https://claude.ai/' })).toBeUndefined();
    expect(await state()).toEqual(before);
  });

  it('session counts from a frame, another site, a page without a tab or a look-alike origin are refused', async () => {
    const worker = await polledWorker();
    const before = await state();
    const senders = [
      claudeTab({ frameId: 3 }),
      claudeTab({ frameId: -1 }),
      claudeTab({ url: 'https://evil.example/' }),
      claudeTab({ url: 'https://claude.ai.evil.example/' }),
      claudeTab({ url: 'http://claude.ai/' }),
      claudeTab({ url: 'javascript:alert(1)' }),
      claudeTab({ url: undefined }),
      claudeTab({ tab: undefined }),
      // The popup itself: counts come from claude.ai tabs only.
      { id: own(), url: 'chrome-extension://test/src/popup/index.html' } as Browser.Runtime.MessageSender,
    ];
    for (const sender of senders)
      expect(await worker.onMessage(valid, sender), JSON.stringify(sender)).toEqual({ ok: false });
    expect(await state()).toEqual(before);
    // And the same report from our top-level claude.ai script is taken: the refusals above were the sender's.
    expect(await worker.onMessage(valid, claudeTab())).toEqual({ ok: true });
    expect(before.storage['session.v1']).toBeUndefined();
    expect((await storage.area.get('session.v1'))['session.v1']).toEqual(
      expect.objectContaining({
        window: [expect.objectContaining({ counts: expect.objectContaining({ api: errors(5).api }) })],
      }),
    );
  });
});

/** A payload as a content script's message arrives: Chrome serialises messages as JSON, Firefox clones them. */
const asDelivered = (payload: unknown) => [
  JSON.parse(JSON.stringify(payload ?? null)) as unknown,
  structuredClone(payload),
];

const hostilePayloads: Record<string, unknown> = {
  null: null,
  'a string': 'counts',
  'a number': 5,
  'an array': [errors(5)],
  'counts as a huge array': { counts: Array.from({ length: 100_000 }, () => 1) },
  'a huge array beside the counts': { counts: errors(5), padding: Array.from({ length: 100_000 }, () => 'x') },
  '100 000 keys': Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])),
  'counts as strings': { counts: { api: { success: '0', serverError: '5' }, send: {} } },
  'counts as booleans': { counts: { api: { serverError: true }, send: {} } },
  'nested objects': { counts: { api: { serverError: { valueOf: 5 } }, send: {} } },
  NaN: { counts: { api: { serverError: NaN }, send: {} } },
  Infinity: { counts: { api: { serverError: Infinity }, send: {} } },
  'negative counts': { counts: { api: { success: 10, serverError: -5 }, send: {} } },
  fractions: { counts: { api: { serverError: 2.5 }, send: {} } },
  'past the per-report ceiling': { counts: errors(MAX_REPORTED_PER_CLASS + 1) },
  'Number.MAX_VALUE': { counts: { api: { serverError: Number.MAX_VALUE }, send: {} } },
  'more sends than requests': { counts: { api: { serverError: 1 }, send: { serverError: 9 } } },
  'all zero': { counts: errors(0) },
  'an address beside the counts': { counts: errors(5), url: 'https://claude.ai/chat/4f2a' },
  'an unknown class': { counts: { api: { serverError: 5, teapot: 1 }, send: {} } },
  'a third group': { counts: { ...errors(5), paths: { '/api/x': 5 } } },
  // Prototype keys as JSON.parse makes them: own properties named __proto__, which a merge could follow.
  ['__proto__']: JSON.parse(`{"counts": ${JSON.stringify(errors(5))}, "__proto__": {"polluted": true}}`) as unknown,
  'counts.__proto__': JSON.parse(
    `{"counts": {"api": {"serverError": 5}, "send": {}, "__proto__": {"polluted": true}}}`,
  ) as unknown,
  'api.__proto__': JSON.parse(
    `{"counts": {"api": {"serverError": 5, "__proto__": {"polluted": true}}, "send": {}}}`,
  ) as unknown,
  constructor: { counts: { api: { serverError: 5, constructor: { prototype: { polluted: true } } }, send: {} } },
  'prototype key': { counts: { api: { serverError: 5 }, send: {}, prototype: { polluted: true } } },
};

describe('malformed session reports', () => {
  for (const [name, payload] of Object.entries(hostilePayloads)) {
    it(`${name}: refused, nothing stored, nothing polluted`, async () => {
      const worker = await polledWorker();
      const before = await state();
      for (const delivered of asDelivered(payload)) {
        expect(readReport(delivered)).toBeNull();
        // A payload that is not even an object is not answered (the envelope is refused), the rest answer no.
        const answer = await worker.onMessage({ type: 'sessionCounts', payload: delivered }, claudeTab());
        expect(answer ?? { ok: false }).toEqual({ ok: false });
      }
      expect(await state()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }
});

describe('malformed envelopes', () => {
  const envelopes: unknown[] = [
    null,
    undefined,
    'refresh',
    ['refresh', {}],
    { type: 'refresh' },
    { type: 'refresh', payload: null },
    { type: 'refresh', payload: 'now' },
    { type: 'refresh', payload: [] },
    { type: 'getHistory' },
    { type: 'getHistory', payload: null },
    { type: 'sessionCounts' },
    { type: '__proto__', payload: {} },
    { type: 'constructor', payload: {} },
    { type: 'toString', payload: {} },
    { type: 'hasOwnProperty', payload: {} },
    { type: 'REFRESH', payload: {} },
    { type: ['refresh'], payload: {} },
    JSON.parse('{"__proto__": {"type": "refresh"}, "payload": {}}') as unknown,
  ];

  const known = { refresh: 1, getHistory: 1, sessionCounts: 1, watch: 1 };

  it('are not messages, and the worker does nothing with them', async () => {
    const worker = await polledWorker();
    const before = await state();
    for (const envelope of envelopes) {
      expect(isMessage(envelope, known), JSON.stringify(envelope)).toBe(false);
      expect(worker.onMessage(envelope, { id: own() }), JSON.stringify(envelope)).toBeUndefined();
    }
    expect(await state()).toEqual(before);
  });

  it('only a real `true` forces a history fetch', async () => {
    const worker = await polledWorker();
    await worker.onMessage({ type: 'getHistory', payload: {} }, { id: own() });
    clock.now += 5 * 60_000;
    const fetches = () => server.stats().requests.filter((r) => r.path === '/api/v2/incidents.json').length;
    for (const force of ['yes', 1, {}, [true], 'true'])
      await worker.onMessage({ type: 'getHistory', payload: { force } }, { id: own() });
    expect(fetches()).toBe(1);
    await worker.onMessage({ type: 'getHistory', payload: { force: true } }, { id: own() });
    expect(fetches()).toBe(2);
  });
});
