// Every corpus entry through the real parse: what reaches the snapshot (and so every view) has no character
// that reorders or hides text, is bounded, keeps the readable text, and links only to the status page.
import { describe, expect, it } from 'vitest';
import { parseSummary } from '../../src/core/parse';
import { clipText, MAX_BODY, MAX_NAME, MAX_TITLE, MAX_UPDATES, remoteText } from '../../src/core/remote-text';
import { buildScenario } from '../scenarios';
import { HIDDEN, HOSTILE_TEXTS, LONE_SURROGATE, type HostileName } from '../scenarios/hostile-corpus';
import { MANY_UPDATES } from '../scenarios/hostile';

const parsed = (step: number) => {
  const result = parseSummary(buildScenario('hostile').steps[step]!.summary, []);
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
};

describe('remote text', () => {
  it('loses what reorders or hides text, keeps what scripts and emoji need', () => {
    expect(remoteText(HOSTILE_TEXTS.bidiOverride, MAX_TITLE)).toBe('Elevated errors on Sonnet 4.6 (fixed soon)');
    expect(remoteText(HOSTILE_TEXTS.isolates, MAX_TITLE)).toBe('Opus 4.7 errors');
    expect(remoteText(HOSTILE_TEXTS.zeroWidth, MAX_TITLE)).toBe('Elevated err\u200Cors on Op\u200Dus 4.7');
    expect(remoteText(HOSTILE_TEXTS.zeroWidthOnly, MAX_TITLE)).toBe('');
    expect(remoteText(HOSTILE_TEXTS.controls, MAX_TITLE)).toBe('bell nul esc[31m red[0m\r\ncrlf\ttabnel');
    expect(remoteText(HOSTILE_TEXTS.emoji, MAX_TITLE)).toBe(HOSTILE_TEXTS.emoji);
    expect(remoteText(HOSTILE_TEXTS.rtl, MAX_TITLE)).toBe(HOSTILE_TEXTS.rtl);
    // Markup is text: nothing is removed from it, the views show it as written.
    expect(remoteText(HOSTILE_TEXTS.script, MAX_TITLE)).toBe(HOSTILE_TEXTS.script);
  });

  it('cuts at a bound with an ellipsis, never inside a surrogate pair', () => {
    expect(clipText(HOSTILE_TEXTS.longWord, MAX_TITLE)).toBe(`${'A'.repeat(MAX_TITLE - 1)}\u2026`);
    expect(clipText(HOSTILE_TEXTS.longSpaced, 17)).toBe('Elevated errors\u2026');
    for (let max = 2; max < 40; max++) {
      const cut = clipText(HOSTILE_TEXTS.emoji.repeat(3), max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(LONE_SURROGATE);
    }
    expect(clipText('short', MAX_TITLE)).toBe('short');
  });
});

describe('the hostile scenario, parsed as the worker parses it', () => {
  it('every entry: bounded, no hidden characters, incident links only to the status page', () => {
    const data = parsed(0);
    expect(data.incidents).toHaveLength(Object.keys(HOSTILE_TEXTS).length);
    for (const incident of data.incidents) {
      expect(incident.name.length).toBeLessThanOrEqual(MAX_TITLE);
      expect(incident.name).not.toMatch(HIDDEN);
      for (const update of incident.updates) {
        expect(update.body.length).toBeLessThanOrEqual(MAX_BODY);
        expect(update.body).not.toMatch(HIDDEN);
      }
      for (const component of incident.affectedComponents) expect(component.name.length).toBeLessThanOrEqual(MAX_NAME);
      expect(new URL(incident.url).origin).toBe('https://status.claude.com');
      // The javascript: shortlink is dropped.
      expect(incident.shortlink).toBeNull();
    }
    for (const component of data.components) {
      expect(component.name.length).toBeLessThanOrEqual(MAX_NAME);
      expect(component.name).not.toMatch(HIDDEN);
    }
  });

  it('models are read through the bidi characters removed; a joiner inside a name still hides it', () => {
    const byTitle = (name: HostileName) =>
      parsed(0).incidents.find((i) => i.name === remoteText(HOSTILE_TEXTS[name], MAX_TITLE));
    expect(byTitle('zeroWidth')?.models.models).toEqual([]);
    expect(byTitle('isolates')?.models.models).toEqual(['Opus 4.7']);
    expect(byTitle('bidiOverride')?.models.models).toEqual(['Sonnet 4.6']);
  });

  it(`${MANY_UPDATES} updates parse, and the newest ${MAX_UPDATES} are kept, newest first`, () => {
    const [incident] = parsed(1).incidents;
    expect(incident!.updates).toHaveLength(MAX_UPDATES);
    expect(Date.parse(incident!.updates[0]!.displayAt)).toBeGreaterThan(
      Date.parse(incident!.updates.at(-1)!.displayAt),
    );
  });
});
