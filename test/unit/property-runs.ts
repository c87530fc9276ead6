// How many cases a property test tries: a quick sample on a developer's machine, thousands in CI, where the
// rare input that breaks a property has the time to turn up. One home for the number, so no property is left
// at a local count in CI.

/** Cases per property when `CI` is set, unless the property says why it cannot afford them. */
export const CI_RUNS = 1_000;

const inCi = (value = process.env.CI) => value !== undefined && value !== '' && value !== 'false' && value !== '0';

/**
 * fast-check parameters: `local` cases locally, at least `ci` in CI. A property whose every case is slow passes
 * a lower `ci`, with a comment saying why.
 */
export function runs(local: number, ci = CI_RUNS): { numRuns: number } {
  return { numRuns: inCi() ? Math.max(local, ci) : local };
}
