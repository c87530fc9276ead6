/** The status page, and the Statuspage origin host that serves the same API when the first is challenged or down. */
export const PRIMARY_ORIGIN = 'https://status.claude.com';
export const FALLBACK_ORIGIN = 'https://anthropic.statuspage.io';
