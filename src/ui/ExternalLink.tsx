import type { ComponentChildren } from 'preact';

interface ExternalLinkProps {
  href: string;
  class?: string;
  'data-testid'?: string;
  children: ComponentChildren;
}

/**
 * A link out of the extension: a new tab, no window.opener and no referrer, so a page opened from
 * status data can neither script nor identify the page that opened it. The one place that policy lives.
 */
export function ExternalLink({ children, ...props }: ExternalLinkProps) {
  return (
    <a {...props} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
