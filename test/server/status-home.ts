import type { ScenarioStep } from '../scenarios/types';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The human pages (/, /history, /incidents/<id>) that popup links open: a plain page saying what
 * the API says, enough for an e2e test to see it arrived on the status host.
 */
export function statusHomeHtml(step: ScenarioStep, path: string): string {
  const { summary } = step;
  const items = summary.incidents.map((i) => `<li>${escapeHtml(i.name)} (${escapeHtml(i.status)})</li>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(summary.page.name)} Status</title></head><body><h1 data-testid="status-description">${escapeHtml(summary.status.description)}</h1><p data-testid="status-path">${escapeHtml(path)}</p><ul>${items}</ul></body></html>`;
}
