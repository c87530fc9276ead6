import { describe, expect, it } from 'vitest';
import { parseApiId } from './api-ids';

describe('parseApiId', () => {
  it.each([
    ['claude-3-5-sonnet-20241022', 'sonnet', '3.5'],
    ['claude-3-haiku-20240307', 'haiku', '3'],
    ['claude-opus-4-1-20250805', 'opus', '4.1'],
    ['claude-opus-4-20250514', 'opus', '4'],
    ['claude-sonnet-4-5@20250929', 'sonnet', '4.5'],
    ['claude-3-5-sonnet-v2@20241022', 'sonnet', '3.5'],
    ['claude-3-haiku-20240307-v1', 'haiku', '3'],
    ['claude-instant-1.2', 'instant', '1.2'],
    ['claude-instant-v1.1', 'instant', '1.1'],
    ['claude-2.1', null, '2.1'],
    ['Claude-2.0', null, '2.0'],
    ['claude-v1.0', null, '1.0'],
    ['claude-v1', null, '1'],
    ['claude-1.3-100k', null, '1.3'],
    ['claude-3-7-sonnet-latest', 'sonnet', '3.7'],
    ['claude-mythos-5-20270101', 'mythos', '5'],
    ['claude-instant', 'instant', null],
  ])('%s', (raw, family, version) => {
    expect(parseApiId(raw)).toEqual({ family, version });
  });

  it.each(['claude-code', 'claude-ai', 'claude-desktop-1-2'])('%s is not a model', (raw) => {
    expect(parseApiId(raw)).toBeNull();
  });
});
