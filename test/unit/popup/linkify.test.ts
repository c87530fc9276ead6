import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../property-runs';
import { STATUS_PAGE_HOSTS } from '../../../src/core/urls';
import { linkify, safeLinkHref } from '../../../src/popup/linkify';

describe('linkify', () => {
  it('turns an https URL in prose into a link, leaving the sentence punctuation as text', () => {
    expect(linkify('Details at https://status.claude.com/incidents/p0mgnjv3bj97. Thanks')).toEqual([
      { kind: 'text', text: 'Details at ' },
      {
        kind: 'link',
        text: 'https://status.claude.com/incidents/p0mgnjv3bj97',
        href: 'https://status.claude.com/incidents/p0mgnjv3bj97',
      },
      { kind: 'text', text: '. Thanks' },
    ]);
  });

  it('keeps balanced parentheses inside a URL and drops an unbalanced closing one', () => {
    expect(linkify('(see https://status.claude.com/incidents/(p0mgnjv3bj97))')).toEqual([
      { kind: 'text', text: '(see ' },
      {
        kind: 'link',
        text: 'https://status.claude.com/incidents/(p0mgnjv3bj97)',
        href: 'https://status.claude.com/incidents/(p0mgnjv3bj97)',
      },
      { kind: 'text', text: ')' },
    ]);
  });

  it('links only https to the status page: plain http and other sites stay text', () => {
    const text =
      '* one http://status.claude.com/a\n* two https://anthropic.statuspage.io/b?x=1&y=2\n' +
      '* three https://example.org/b https://status.claude.com.evil.example/ https://en.wikipedia.org/wiki/Claude';
    const parts = linkify(text);
    expect(parts.filter((part) => part.kind === 'link').map((part) => part.text)).toEqual([
      'https://anthropic.statuspage.io/b?x=1&y=2',
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '<a href="javascript:alert(1)">click</a>',
    'ftp://example.com/file',
  ])('leaves %j as one text part', (input) => {
    expect(linkify(input)).toEqual([{ kind: 'text', text: input }]);
  });

  it('stops a URL at markup, so the markup stays text', () => {
    expect(linkify('https://status.claude.com/<script>alert(1)</script>')).toEqual([
      { kind: 'link', text: 'https://status.claude.com/', href: 'https://status.claude.com/' },
      { kind: 'text', text: '<script>alert(1)</script>' },
    ]);
  });

  it('refuses URLs with credentials (a phishing trick), and hostless ones', () => {
    expect(linkify('https://status.claude.com@evil.example/login')).toEqual([
      { kind: 'text', text: 'https://status.claude.com@evil.example/login' },
    ]);
    expect(safeLinkHref('https://user:pw@example.com/')).toBeNull();
    expect(safeLinkHref('https://')).toBeNull();
    expect(safeLinkHref('http://example.com/', ['https:'])).toBeNull();
    expect(safeLinkHref('https://example.com', ['https:'])).toBe('https://example.com/');
  });

  it('gives back the input exactly when the parts are joined, and only https links to the status page', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'https://',
        'http://',
        'javascript:',
        '<img src=x>',
        '(',
        ')',
        '.',
        ' ',
        '\n',
        '@',
        'https://a.b/c',
        'https://status.claude.com/c',
        'status.claude.com',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const parts = linkify(text);
        expect(parts.map((part) => part.text).join('')).toBe(text);
        for (const part of parts) {
          if (part.kind === 'link') {
            expect(new URL(part.href).protocol).toBe('https:');
            expect(STATUS_PAGE_HOSTS).toContain(new URL(part.href).hostname);
          }
          expect(part.text).not.toBe('');
        }
      }),
      runs(100),
    );
  });
});
