// Bundles the workbench UI into web/dist: one script (with the world map data inlined), the page and its styles.
// No CDN and no network at run time: everything the browser needs is served by `dyad serve`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
mkdirSync(`${here}dist`, { recursive: true });
await build({
  entryPoints: [`${here}src/main.ts`],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: `${here}dist/app.js`,
  loader: { '.json': 'json' },
  logLevel: 'warning',
});
for (const file of ['index.html', 'styles.css']) copyFileSync(`${here}${file}`, `${here}dist/${file}`);
