import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DriverPage } from './drivers/types';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2.1 A/AA rules on the page as it is now (or only on the element `within` selects, shadow
 * root included: the banner, not the fake claude.ai around it); returns the serious and critical violations.
 */
export async function seriousViolations(page: DriverPage, within?: string): Promise<AxeViolation[]> {
  await page.evaluateScript(axeSource);
  const context = within ? `document.querySelector(${JSON.stringify(within)})` : 'document';
  const all = (await page.evaluateScript(`
    axe.run(${context}, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }).then((result) =>
      result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) })))
  `)) as AxeViolation[];
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
