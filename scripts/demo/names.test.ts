import { describe, expect, it } from 'vitest';
import { p0mgnjv3bj97Steps } from '../../test/scenarios';
import { parseDemoArgs } from './args';
import { runFolderName, shotFileName, slugOf } from './names';

describe('file names', () => {
  it('names the run folder by UTC time, without characters some systems refuse', () => {
    expect(runFolderName(new Date('2026-11-23T10:00:00.123Z'))).toBe('2026-11-23T10-00-00');
  });

  it('turns real step labels into short readable slugs without the counter or the timestamp', () => {
    const labels = p0mgnjv3bj97Steps().map((step) => step.label);
    expect(slugOf(labels[0]!)).toBe('healthy-baseline-before-p0mgnjv3bj97');
    expect(slugOf(labels[2]!)).toBe('identified-we-have-identified-an-issue-resulting');
    expect(slugOf(labels[7]!)).toBe('resolved-this-issue-has-been-resolved');
    for (const label of labels) expect(slugOf(label)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // Every step of the replay gets its own name.
    expect(new Set(labels.map(slugOf)).size).toBe(labels.length);
  });

  it('puts the step number first so files sort in order', () => {
    expect(shotFileName(3, 'WAF challenge, fallback answers', 'popup')).toBe(
      '03-waf-challenge-fallback-answers-popup.png',
    );
    expect(shotFileName(12, 'Ünïcödé — only', 'claude-ai')).toBe('12-unicode-only-claude-ai.png');
  });
});

describe('parseDemoArgs', () => {
  it('shows a window only when a display exists and --headless is not given', () => {
    expect(parseDemoArgs([], true)).toMatchObject({
      mode: 'demo',
      headless: false,
      delayMs: 4000,
      scenario: 'p0mgnjv3bj97',
    });
    expect(parseDemoArgs([], false)).toMatchObject({ headless: true, delayMs: 0 });
    expect(parseDemoArgs(['--headless'], true)).toMatchObject({ headless: true, delayMs: 0 });
  });

  it('reads every option', () => {
    expect(parseDemoArgs(['--scenario', 'maintenance', '--delay', '250', '--out', 'x', '--real-times'], true)).toEqual({
      mode: 'demo',
      scenario: 'maintenance',
      headless: false,
      delayMs: 250,
      out: 'x',
      realTimes: true,
    });
    expect(parseDemoArgs(['--readme'], false).mode).toBe('readme');
    expect(parseDemoArgs(['--store'], false).mode).toBe('store');
    expect(parseDemoArgs(['--help', '--readme'], false).mode).toBe('help');
  });

  it('refuses a delay that is not a number and unknown options', () => {
    expect(() => parseDemoArgs(['--delay', 'soon'], true)).toThrow(/milliseconds/);
    expect(() => parseDemoArgs(['--delay=-5'], true)).toThrow(/milliseconds/);
    expect(() => parseDemoArgs(['--port', '443'], true)).toThrow(/Unknown option/);
  });
});
