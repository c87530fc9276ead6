import { useLayoutEffect } from 'preact/hooks';
import type { Settings } from '../shared/settings';

/** theme.css reads [data-theme] on <html>; 'system' means no attribute, so prefers-color-scheme decides. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/**
 * Follows the stored setting; undefined (settings not read yet) leaves the page as it is. Applied before the
 * browser paints, so a page rendered with its settings never shows the other theme first.
 */
export function useTheme(theme: Settings['theme'] | undefined, root: HTMLElement = document.documentElement): void {
  useLayoutEffect(() => {
    if (theme !== undefined) applyTheme(theme, root);
  }, [theme, root]);
}
