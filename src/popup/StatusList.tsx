import { LevelIcon } from './LevelIcon';
import type { ComponentRow } from './view-model';

/** Components with their status as word and glyph (never colour alone). */
export function StatusList({ rows, label }: { rows: readonly ComponentRow[]; label?: string }) {
  return (
    <ul class="status-list" aria-label={label}>
      {rows.map((row) => (
        <li key={row.id} data-testid="component-status" data-component-id={row.id} data-level={row.level}>
          <span class="status-name">{row.name}</span>
          <span class={`status-value level-${row.level}`}>
            <LevelIcon level={row.level} size={14} />
            <span class="status-word">{row.statusText}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
