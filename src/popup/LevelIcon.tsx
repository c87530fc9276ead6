import type { Level } from '../core/types';

// One shape per level, so the level reads without colour (colour-blind users, greyscale, forced colours):
// circle+check, circle+clock, triangle+!, diamond+!, octagon+×, circle+?. Decorative: the word
// for the level is always next to it, so the icon is hidden from assistive technology.
const SHAPES: Readonly<Record<Level, string>> = {
  operational: 'M8 .5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15z',
  maintenance: 'M8 .5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15z',
  minor: 'M8 .8 15.6 14.6H.4z',
  major: 'M8 .3 15.7 8 8 15.7.3 8z',
  critical: 'M5 .5h6L15.5 5v6L11 15.5H5L.5 11V5z',
  unknown: 'M8 .5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15z',
};

const MARKS: Readonly<Record<Level, string>> = {
  operational: 'M4.6 8.3l2.3 2.3 4.6-4.8',
  maintenance: 'M8 4.2V8l2.6 1.6',
  minor: 'M8 5.6v4.4M8 12.2v.3',
  major: 'M8 4.4v4.4M8 11v.3',
  critical: 'M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8',
  unknown: 'M6 6.2a2 2 0 1 1 2.7 1.9c-.5.2-.7.6-.7 1.1v.5M8 11.6v.3',
};

export function LevelIcon({ level, size = 16 }: { level: Level; size?: number }) {
  return (
    <svg
      class={`level-icon level-${level}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={SHAPES[level]} fill="currentColor" />
      <path
        d={MARKS[level]}
        fill="none"
        stroke="var(--bg, #fff)"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
