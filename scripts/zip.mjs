// Store-ready archives of the unpacked builds: dist/claude-status-indicator-<version>-<browser>.zip.
import { cmd } from 'web-ext';
import pkg from '../package.json' with { type: 'json' };

for (const target of ['chrome', 'firefox']) {
  const filename = `${pkg.name}-${pkg.version}-${target}.zip`;
  await cmd.build(
    { sourceDir: `dist/${target}`, artifactsDir: 'dist', filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.log(`dist/${filename}`);
}
