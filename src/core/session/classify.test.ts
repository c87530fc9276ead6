import fc from 'fast-check';
import { expect, test } from 'vitest';
import { runs } from '../../../test/unit/property-runs';
import { classifyStatus, requestKind } from './classify';

const ORIGIN = 'https://claude.ai';

test.each([
  [200, 'success'],
  [204, 'success'],
  [302, 'success'],
  [500, 'serverError'],
  [502, 'serverError'],
  [503, 'serverError'],
  [529, 'serverError'],
  [429, 'rateLimited'],
  [0, 'other'],
  [401, 'other'],
  [403, 'other'],
  [404, 'other'],
  [409, 'other'],
  [413, 'other'],
  [100, 'other'],
  [600, 'other'],
  [-1, 'other'],
  [Number.NaN, 'other'],
  [500.5, 'other'],
] as const)('status %d is %s', (status, expected) => {
  expect(classifyStatus(status)).toBe(expected);
});

test('only 5xx is ever a server error', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1000, max: 2000 }), (status) => {
      expect(classifyStatus(status) === 'serverError').toBe(status >= 500 && status <= 599);
    }),
    runs(100),
  );
});

test.each([
  ['https://claude.ai/api/organizations/o1/chat_conversations/c1/completion', 'send'],
  ['https://claude.ai/api/organizations/o1/chat_conversations/c1/retry_completion', 'send'],
  ['https://claude.ai/api/organizations/o1/chat_conversations/c1/completion_status?poll=false', 'api'],
  ['https://claude.ai/api/event_logging/batch', 'api'],
  ['https://claude.ai/api/bootstrap', 'api'],
  ['/api/organizations/o1/usage', 'api'],
])('%s counts as %s', (address, kind) => {
  expect(requestKind(address, ORIGIN)).toBe(kind);
});

test.each([
  'https://claude.ai/new',
  'https://claude.ai/apiary',
  'https://claude.ai/edge-api/bootstrap',
  'https://claude.ai/sentry/api/1/envelope',
  'https://api.claude.ai/api/x',
  'https://evil.example/api/completion',
  'http://claude.ai/api/x',
  'https://claude.ai.evil.example/api/x',
  'https://claude.ai:8443/api/x',
  'not a url at all :::',
  '',
])('%s does not count', (address) => {
  expect(requestKind(address, ORIGIN)).toBeNull();
});
