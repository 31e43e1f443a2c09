// The Snowball stemmers almanac indexes with (Russian and English, through libstemmer), for the
// words of a search query: the forms of a word share one stem, so "конференции" finds
// "конференция". tests/search/stem_test checks them against libstemmer word for word.
(function (global) {
  'use strict';

  // Snowball's "among": the longest of `suffixes` that `word` ends with at or after `limit`.
  function longest(word, suffixes, limit) {
    let found = '';
    for (const suffix of suffixes) {
      if (suffix.length > found.length && word.length - suffix.length >= limit &&
          word.endsWith(suffix)) {
        found = suffix;
      }
    }
    return found;
  }

  // ---- Russian (snowballstem.org/algorithms/russian) ----
  const RU_VOWELS = 'аеиоуыэюя';
  const ruVowel = (c) => RU_VOWELS.includes(c);
  const RU = {
    gerund1: ['в', 'вши', 'вшись'],
    gerund2: ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'],
    adjective: ['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым',
      'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'],
    participle1: ['ем', 'нн', 'вш', 'ющ', 'щ'],
    participle2: ['ивш', 'ывш', 'ующ'],
    reflexive: ['ся', 'сь'],
    verb1: ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны',
      'ть', 'ешь', 'нно'],
    verb2: ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл',
      'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить',
      'ыть', 'ишь', 'ую', 'ю'],
    noun: ['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей',
      'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы',
      'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я'],
    derivational: ['ост', 'ость'],
    tidy: ['ейш', 'ейше', 'н', 'ь'],
  };

  // Removes the longest ending of group 1 (which must follow а or я) or group 2; null if none.
  function ruGrouped(word, group1, group2, rv) {
    const suffix = longest(word, group1.concat(group2), rv);
    if (!suffix) return null;
    const start = word.length - suffix.length;
    if (group1.includes(suffix) && !group2.includes(suffix)) {
      if (start - 1 < rv || !'ая'.includes(word[start - 1])) return null;
    }
    return word.slice(0, start);
  }

  function ruRemove(word, suffixes, limit) {
    const suffix = longest(word, suffixes, limit);
    return suffix ? word.slice(0, word.length - suffix.length) : null;
  }

  function stemRussian(input) {
    let word = input.replace(/ё/g, 'е');
    const n = word.length;
    let i = 0;
    while (i < n && !ruVowel(word[i])) i++;
    if (i >= n) return word;
    const rv = i + 1;
    let p2 = n;
    let j = rv;
    while (j < n && ruVowel(word[j])) j++;  // R1 begins after the next non-vowel
    if (j < n) {
      j++;
      while (j < n && !ruVowel(word[j])) j++;
      if (j < n) {
        j++;
        while (j < n && ruVowel(word[j])) j++;
        if (j < n) p2 = j + 1;
      }
    }

    // Step 1.
    const gerund = ruGrouped(word, RU.gerund1, RU.gerund2, rv);
    if (gerund !== null) {
      word = gerund;
    } else {
      const reflexive = ruRemove(word, RU.reflexive, rv);
      if (reflexive !== null) word = reflexive;
      const adjective = ruRemove(word, RU.adjective, rv);
      if (adjective !== null) {
        word = adjective;
        const participle = ruGrouped(word, RU.participle1, RU.participle2, rv);
        if (participle !== null) word = participle;
      } else {
        const verb = ruGrouped(word, RU.verb1, RU.verb2, rv);
        if (verb !== null) {
          word = verb;
        } else {
          const noun = ruRemove(word, RU.noun, rv);
          if (noun !== null) word = noun;
        }
      }
    }
    // Step 2.
    if (word.length - 1 >= rv && word.endsWith('и')) word = word.slice(0, -1);
    // Step 3.
    const derivational = ruRemove(word, RU.derivational, Math.max(rv, p2));
    if (derivational !== null) word = derivational;
    // Step 4.
    const tidy = longest(word, RU.tidy, rv);
    if (tidy === 'ейш' || tidy === 'ейше') {
      word = word.slice(0, word.length - tidy.length);
      if (word.length - 2 >= rv && word.endsWith('нн')) word = word.slice(0, -1);
    } else if (tidy === 'н') {
      if (word.length - 2 >= rv && word.endsWith('нн')) word = word.slice(0, -1);
    } else if (tidy === 'ь') {
      word = word.slice(0, -1);
    }
    return word;
  }


  // ---- English, Porter2 (snowballstem.org/algorithms/english) ----
  const EN_VOWELS = 'aeiouy';
  const enVowel = (c) => EN_VOWELS.includes(c);
  const EN_EXCEPTIONS = new Map(Object.entries({
    skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl',
    gently: 'gentl', ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky',
    news: 'news', howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes',
  }));
  const EN_AFTER_1A = ['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed',
    'succeed'];
  const EN_DOUBLES = ['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'];
  const EN_LI = 'cdeghkmnrt';
  const EN_STEP2 = {
    tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize',
    ization: 'ize', ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al',
    alli: 'al', fulness: 'ful', ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive',
    biliti: 'ble', bli: 'ble', ogi: 'og', fulli: 'ful', lessli: 'less', li: '',
  };
  const EN_STEP3 = {
    tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '',
    ness: '', ative: '',
  };
  const EN_STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment',
    'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion'];

  // A vowel not a y-consonant (marked Y).
  const isVowelAt = (w, i) => i >= 0 && i < w.length && enVowel(w[i]);

  // Ends in a short syllable: non-vowel, vowel, non-vowel other than w, x or Y; or, for a word
  // of two letters, vowel then non-vowel.
  function shortSyllableAt(w, end) {
    if (end === 2) return isVowelAt(w, 0) && !isVowelAt(w, 1);
    if (end < 3) return false;
    const c = w[end - 1];
    return !isVowelAt(w, end - 3) && isVowelAt(w, end - 2) && !isVowelAt(w, end - 1) &&
      c !== 'w' && c !== 'x' && c !== 'Y';
  }

  function stemEnglish(input) {
    if (input.length <= 2) return input;
    if (EN_EXCEPTIONS.has(input)) return EN_EXCEPTIONS.get(input);
    let w = input.replace(/^'/, '');
    if (w.startsWith('y')) w = 'Y' + w.slice(1);
    for (let i = 1; i < w.length; i++) {
      if (w[i] === 'y' && isVowelAt(w, i - 1)) w = w.slice(0, i) + 'Y' + w.slice(i + 1);
    }
    // R1 and R2.
    let r1 = w.length;
    const special = ['gener', 'commun', 'arsen'].find((p) => w.startsWith(p));
    if (special) {
      r1 = special.length;
    } else {
      for (let i = 1; i < w.length; i++) {
        if (!isVowelAt(w, i) && isVowelAt(w, i - 1)) { r1 = i + 1; break; }
      }
    }
    let r2 = w.length;
    for (let i = r1 + 1; i < w.length; i++) {
      if (!isVowelAt(w, i) && isVowelAt(w, i - 1)) { r2 = i + 1; break; }
    }
    const inR1 = (suffix) => w.length - suffix.length >= r1;
    const inR2 = (suffix) => w.length - suffix.length >= r2;
    const cut = (suffix) => w.slice(0, w.length - suffix.length);
    const isShort = () => shortSyllableAt(w, w.length) && r1 >= w.length;

    // Step 0 and 1a.
    let s = longest(w, ["'s'", "'s", "'"], 0);
    if (s) w = cut(s);
    s = longest(w, ['sses', 'ied', 'ies', 's', 'us', 'ss'], 0);
    if (s === 'sses') {
      w = cut(s) + 'ss';
    } else if (s === 'ied' || s === 'ies') {
      w = cut(s) + (w.length - s.length > 1 ? 'i' : 'ie');
    } else if (s === 's') {
      const before = cut(s);
      for (let i = 0; i < before.length - 1; i++) {
        if (isVowelAt(before, i)) { w = before; break; }
      }
    }
    if (EN_AFTER_1A.includes(w)) return w;
    // Step 1b.
    s = longest(w, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly'], 0);
    if (s === 'eed' || s === 'eedly') {
      if (inR1(s)) w = cut(s) + 'ee';
    } else if (s) {
      const before = cut(s);
      if ([...before].some((c, i) => isVowelAt(before, i))) {
        w = before;
        if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) {
          w += 'e';
        } else if (EN_DOUBLES.some((d) => w.endsWith(d))) {
          w = w.slice(0, -1);
        } else if (isShort()) {
          w += 'e';
        }
      }
    }
    // Step 1c.
    if (w.length > 2 && (w.endsWith('y') || w.endsWith('Y')) && !isVowelAt(w, w.length - 2)) {
      w = w.slice(0, -1) + 'i';
    }
    // Step 2.
    s = longest(w, Object.keys(EN_STEP2), 0);
    if (s && inR1(s)) {
      if (s === 'ogi') {
        if (w[w.length - 4] === 'l') w = cut(s) + 'og';
      } else if (s === 'li') {
        if (EN_LI.includes(w[w.length - 3])) w = cut(s);
      } else {
        w = cut(s) + EN_STEP2[s];
      }
    }
    // Step 3.
    s = longest(w, Object.keys(EN_STEP3), 0);
    if (s && inR1(s)) {
      if (s === 'ative') {
        if (inR2(s)) w = cut(s);
      } else {
        w = cut(s) + EN_STEP3[s];
      }
    }
    // Step 4.
    s = longest(w, EN_STEP4, 0);
    if (s && inR2(s)) {
      if (s !== 'ion' || 'st'.includes(w[w.length - 4] || '-')) w = cut(s);
    }
    // Step 5.
    if (w.endsWith('e')) {
      if (inR2('e') || (inR1('e') && !shortSyllableAt(w, w.length - 1))) w = w.slice(0, -1);
    } else if (w.endsWith('l') && inR2('l') && w[w.length - 2] === 'l') {
      w = w.slice(0, -1);
    }
    return w.replace(/Y/g, 'y');
  }

  // A query word's stem: Russian for Cyrillic words, English for Latin ones, digits as they are,
  // as almanac indexes them (generator/search/stemmer.cc).
  function stem(word) {
    if (/[а-яё]/.test(word)) return stemRussian(word);
    if (/[a-z]/.test(word)) return stemEnglish(word);
    return word;
  }

  global.almanacStem = { stem: stem, russian: stemRussian, english: stemEnglish };
})(typeof window !== 'undefined' ? window : globalThis);
