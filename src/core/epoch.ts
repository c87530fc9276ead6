/**
 * Epoch ms of an ISO time from the status page (or of anything stored as one), or null when it is missing or
 * does not parse. Date.parse is a pure function of its argument: no clock is read.
 */
export function epochOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}
