// Bundles the dashboard into OUT (HERALD_WEB_OUT, or target/classes/web of herald-server),
// where the Javalin server serves it as static files from the classpath.
import { build } from 'esbuild';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.env.HERALD_WEB_OUT
  ? resolve(process.env.HERALD_WEB_OUT)
  : resolve(here, '../../../target/classes/web');

await mkdir(out, { recursive: true });

await build({
  entryPoints: [join(here, 'src/app.js')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  logLevel: 'warning',
});

for (const file of ['index.html', 'style.css']) {
  await copyFile(join(here, 'src', file), join(out, file));
}

const { size } = await stat(join(out, 'app.js'));
console.log(`herald-dashboard: built ${out} (app.js ${(size / 1024).toFixed(0)} KiB)`);
