import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason } from './build';

let root = '';
const write = (path: string, text: string, mtimeSec: number) => {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, mtimeSec, mtimeSec);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'demo-build-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleReason', () => {
  it('asks for a build when there is none', () => {
    write('src/popup/App.tsx', 'x', 1000);
    expect(staleReason(root)).toBe('dist/chrome is missing');
  });

  it('is satisfied by a build newer than every source', () => {
    write('src/popup/App.tsx', 'x', 1000);
    write('manifest.json', '{}', 1000);
    write('dist/chrome/manifest.json', '{}', 2000);
    write('dist/chrome/service-worker-loader.js', "import './assets/index.js';", 2000);
    expect(staleReason(root)).toBeNull();
  });

  it('names what changed after the build, in any folder depth', () => {
    write('dist/chrome/manifest.json', '{}', 2000);
    write('src/core/models/extract.ts', 'x', 3000);
    expect(staleReason(root)).toBe('src changed since the last build');
    rmSync(join(root, 'src'), { recursive: true });
    write('manifest.json', '{}', 3000);
    expect(staleReason(root)).toBe('manifest.json changed since the last build');
  });

  it('ignores tests, which are not part of the build', () => {
    write('dist/chrome/manifest.json', '{}', 2000);
    write('src/core/level.ts', 'x', 1000);
    write('src/core/level.test.ts', 'x', 3000);
    expect(staleReason(root)).toBeNull();
  });

  it('rebuilds over a dev build, whose loader needs the Vite server', () => {
    write('dist/chrome/manifest.json', '{}', 2000);
    write('dist/chrome/service-worker-loader.js', "import 'http://localhost:5173/@vite/env';", 2000);
    expect(staleReason(root)).toBe('dist/chrome is a dev build');
  });
});
