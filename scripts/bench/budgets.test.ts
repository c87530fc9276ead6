import { describe, expect, it } from 'vitest';
import { checkBudgets, SIZE_BUDGETS, type MeasuredSizes } from './budgets';

const within: MeasuredSizes = {
  browser: 'chrome',
  contentScriptGz: 5000,
  sessionObserverGz: 1500,
  popupJsGz: 15000,
  zipBytes: 90000,
};

describe('checkBudgets', () => {
  it('passes sizes at or under every limit', () => {
    const atLimit = {
      ...within,
      contentScriptGz: SIZE_BUDGETS.contentScriptGz,
      sessionObserverGz: SIZE_BUDGETS.sessionObserverGz,
      popupJsGz: SIZE_BUDGETS.popupJsGz,
      zipBytes: SIZE_BUDGETS.storeZip,
    };
    expect(checkBudgets([within, atLimit]).every((l) => l.ok)).toBe(true);
  });

  it('fails each budget one byte over, naming the browser and the budget', () => {
    const over = checkBudgets([
      { ...within, browser: 'firefox', contentScriptGz: SIZE_BUDGETS.contentScriptGz + 1 },
      { ...within, sessionObserverGz: SIZE_BUDGETS.sessionObserverGz + 1 },
      { ...within, popupJsGz: SIZE_BUDGETS.popupJsGz + 1 },
      { ...within, zipBytes: SIZE_BUDGETS.storeZip + 1 },
    ]).filter((l) => !l.ok);
    expect(over.map((l) => l.name)).toEqual([
      'firefox: content script (gzip)',
      'chrome: session observer (gzip)',
      'chrome: popup JS (gzip)',
      'chrome: store zip',
    ]);
  });

  it('fails a size that could not be measured rather than passing it', () => {
    const lines = checkBudgets([{ ...within, zipBytes: Number.NaN, popupJsGz: -1 }]);
    expect(lines.filter((l) => !l.ok).map((l) => l.name)).toEqual(['chrome: popup JS (gzip)', 'chrome: store zip']);
  });

  it('has the limits the project promises: 6 KB, 2 KB, 20 KB, 100 KB', () => {
    expect(SIZE_BUDGETS).toEqual({
      contentScriptGz: 6144,
      sessionObserverGz: 2048,
      popupJsGz: 20480,
      storeZip: 102400,
    });
  });
});
