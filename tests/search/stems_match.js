// The theme's stemmers (themes/default/static/js/stem.js) must give every word the stem almanac
// indexes it under (libstemmer, through tests/search/stem_words.cc), or a search misses. Words:
// those of the bundled site and the test fixtures, and forms made from them with the endings
// the Snowball algorithms know.
// Usage: node stems_match.js STEM_WORDS_PROGRAM SOURCE_ROOT
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const [program, root] = process.argv.slice(2);
require(path.resolve(root, 'themes/default/static/js/stem.js'));

function textFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return textFiles(full);
    return /\.(md|toml)$/.test(entry.name) ? [full] : [];
  });
}

const RUSSIAN_ENDINGS = ('в вши вшись ив ивши ившись ыв ывши ывшись ее ие ые ое ими ыми ей ий ый ой ' +
  'ем им ым ом его ого ему ому их ых ую юю ая яя ою ею нн вш ющ щ ивш ывш ующ ся сь ла на ете ' +
  'йте ли й л н ло но ет ют ны ть ешь нно ила ыла ена ейте уйте ите или ыли уй ил ыл ен ило ' +
  'ыло ено ят ует уют ит ыт ены ить ыть ишь ю а ев ов ье е иями ями ами еи ии и ией иям ям ием ' +
  'ам о у ах иях ях ы ь ию ью ия ья я ост ость ейш ейше нный ующийся оваться ивались').split(' ');
const ENGLISH_ENDINGS = ('s es ies ied ed ing ingly edly eed eedly ly ness ful fulness ation ' +
  'ational tional ization izer ize alism aliti alli ousli ousness iveness iviti biliti bli ' +
  'ogi fulli lessli li alize icate iciti ical ative al ance ence er ic able ible ant ement ' +
  'ment ent ism ate iti ous ive ion sses ss us y').split(' ');

const sources = [path.resolve(root, 'content'), path.resolve(root, 'tests/fixtures')];
const words = new Set();
for (const file of sources.flatMap(textFiles)) {
  const text = fs.readFileSync(file, 'utf8').toLowerCase().replace(/ё/g, 'е');
  for (const word of text.match(/[\p{L}\p{N}]+/gu) || []) words.add(word);
}
let seed = 20251112;
const random = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
for (const word of Array.from(words)) {
  const endings = /[а-я]/.test(word) ? RUSSIAN_ENDINGS : /[a-z]/.test(word) ? ENGLISH_ENDINGS : [];
  for (let length = 2; length <= word.length && endings.length; length++) {
    for (let k = 0; k < 4; k++) words.add(word.slice(0, length) + endings[random(endings.length)]);
  }
}

const list = Array.from(words).sort();
const output = execFileSync(program, { input: list.join('\n') + '\n', encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024 });
let differ = 0;
let compared = 0;
for (const line of output.trim().split('\n')) {
  const [word, stem] = line.split('\t');
  compared++;
  const mine = globalThis.almanacStem.stem(word);
  if (mine !== stem) {
    if (++differ <= 20) console.error(`${word}: libstemmer "${stem}", stem.js "${mine}"`);
  }
}
console.log(`${compared} words compared, ${differ} differ`);
if (compared < 10000 || differ > 0) process.exit(1);
