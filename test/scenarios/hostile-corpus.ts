// Text no status page should send, and every view must survive: markup and script, links of every scheme,
// characters that reorder or hide text, huge strings. Each entry that once broke something stays here.

/** Set by any corpus script that runs; a view is inert when it stays undefined. */
export const CANARY = '__hostileRan';
const run = `window.${CANARY}=1;alert(1)`;

export const HOSTILE_TEXTS = {
  script: `<script>${run}</script> Elevated errors`,
  imgOnerror: `<img src=x onerror="${run}"> on Opus 4.7`,
  svgOnload: `<svg/onload=${run}><b>bold?</b>`,
  iframe: `"><iframe src="javascript:${run}"></iframe>`,
  javascriptLink: `Details: javascript:${run} and JaVaScRiPt:${run}`,
  markdownLink: `[status page](javascript:${run})`,
  dataLink: `See data:text/html,<script>${run}</script> or data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  foreignLinks:
    'Phish: https://evil.example/login, http://status.claude.com/incidents/x, ' +
    'https://status.claude.com.evil.example/, https://status.claude.com@evil.example/',
  ownLink: 'Follow https://status.claude.com/incidents/p0mgnjv3bj97 for updates.',
  bidiOverride: 'Elevated errors \u202Eon Sonnet 4.6\u202C (fixed soon)',
  bidiUnclosed: 'txt.exe\u202E Haiku 4.5 degraded',
  isolates: '\u2067Opus\u2066 4.7\u2069 errors',
  zeroWidth: 'Elev\u200Bated err\u200Cors on Op\u200Dus\uFEFF 4.7\u2060',
  zeroWidthOnly: '\u200B\u200B\u200B',
  emoji: '🔥 Elevated errors 💥 👩🏽‍💻 🏳️‍🌈 on Opus 4.7',
  rtl: 'خطأ في الخدمة — שגיאה בשירות Claude',
  zalgo: 'Z̷̧̛̖a̶̡͎l̸̢̛g̵̨͚o̴̢͕ '.repeat(20),
  controls: 'bell\u0007 nul\u0000 esc\u001b[31m red\u001b[0m\r\ncrlf\ttab\u0085nel',
  entities: '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#x3C;b&#x3E;',
  template: '{{constructor.constructor("alert(1)")()}} ${alert(1)} <%= 7*7 %>',
  longSpaced: 'Elevated errors '.repeat(6_250),
  longWord: 'A'.repeat(100_000),
} as const;

export type HostileName = keyof typeof HOSTILE_TEXTS;

/** Characters that reorder or hide text: none may reach a view, the tooltip or a notification. */
export const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/** Half of a surrogate pair without the other: what a cut through an emoji leaves. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
