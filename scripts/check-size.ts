// `npm test` tier: fails when a size budget is exceeded. Run after `npm run build`; sizes are exact,
// so unlike the benchmark's timings they can be asserted.
import { fileURLToPath } from 'node:url';
import { checkBudgets, measureBudgetSizes } from './bench/budgets';
import { bytes, int, table } from './bench/format';

const root = fileURLToPath(new URL('..', import.meta.url));
const lines = checkBudgets(await measureBudgetSizes(root));
console.log(
  table(
    ['budget', 'size', 'limit', ''],
    lines.map((l) => [l.name, `${int(l.bytes)} B`, bytes(l.limit), l.ok ? 'ok' : 'OVER BUDGET']),
  ),
);
const over = lines.filter((l) => !l.ok);
if (over.length > 0) {
  console.error(`\n${over.length} size budget(s) exceeded: ${over.map((l) => l.name).join(', ')}`);
  process.exit(1);
}
