// The built manifests may ask for exactly this and no more: a new permission, host, content-script
// match or CSP has to be added here on purpose. Reads dist/, so it runs in the e2e tier, after the build.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ALLOWED = {
  permissions: ['alarms', 'storage'],
  optional_permissions: ['notifications'],
  host_permissions: ['https://status.claude.com/*', 'https://anthropic.statuspage.io/*'],
  content_scripts: [
    // The banner.
    { matches: ['https://claude.ai/*'], all_frames: undefined, match_about_blank: undefined },
    // The session signal's observer: status classes of claude.ai's own API requests, top frame only.
    { matches: ['https://claude.ai/*'], all_frames: false, match_about_blank: undefined },
  ],
};

// Playwright requires the destructuring pattern even when a test uses no fixture.
// eslint-disable-next-line no-empty-pattern
test('the built manifest asks for the allow-list and nothing else', async ({}, testInfo) => {
  const dir = testInfo.project.metadata.browser === 'firefox' ? 'dist/firefox' : 'dist/chrome';
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.permissions).toEqual(ALLOWED.permissions);
  expect(manifest.optional_permissions).toEqual(ALLOWED.optional_permissions);
  expect(manifest.host_permissions).toEqual(ALLOWED.host_permissions);
  expect(manifest.optional_host_permissions).toBeUndefined();
  const scripts = manifest.content_scripts as {
    matches: string[];
    all_frames?: boolean;
    match_about_blank?: boolean;
  }[];
  // Top frame only (all_frames unset or false) on claude.ai only.
  expect(
    scripts.map((s) => ({ matches: s.matches, all_frames: s.all_frames, match_about_blank: s.match_about_blank })),
  ).toEqual(ALLOWED.content_scripts);
  // Nothing a web page or another extension can connect to, nothing a page can load from the extension.
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  // No CSP key: the browser's strict MV3 default (script-src 'self', no eval, no remote code).
  expect(manifest.content_security_policy).toBeUndefined();
});
