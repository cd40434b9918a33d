#!/usr/bin/env node
'use strict';
// `make dist`: packs the published plugin into the archive `pulumi plugin install` downloads
// (build/platforms.json names it and maps runtime identifiers to Pulumi's os/arch) and writes a SHA256SUMS-style
// checksum file beside it. Node, with no packages, so every release runner (Linux, macOS, Windows) packs the same
// way. The tar is written here rather than by the system tar: GNU tar, bsdtar and Windows' tar disagree on the flags
// for sorted names and fixed owners and times, and a reproducible checksum needs all three.
//
//   node build/dist.js package --rid <rid> [--plugin-dir artifacts/plugin] [--out artifacts/dist]
//   node build/dist.js checksums [--dir artifacts/dist]   (rewrites the checksum file over every archive there)
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..');
const LAYOUT = require('./platforms.json');
const BLOCK = 512;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

class UsageError extends Error {}

/** The version in VERSION, the one version source of the repository. */
function readVersion(root = ROOT) {
  const version = fs.readFileSync(path.join(root, 'VERSION'), 'utf8').trim();
  if (!SEMVER.test(version)) throw new UsageError(`VERSION holds "${version}", which is not a semantic version such as 1.2.3`);
  return version;
}

/** Pulumi's { os, arch } for a .NET runtime identifier. */
function platformOf(rid) {
  const platform = LAYOUT.runtimes[rid];
  if (!platform) {
    throw new UsageError(`--rid: "${rid}" is not a runtime identifier we ship; allowed: ${Object.keys(LAYOUT.runtimes).join(', ')}`);
  }
  return platform;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => values[key]);
}

function archiveName(version, rid) {
  return fill(LAYOUT.archive, { version, ...platformOf(rid) });
}

function checksumsName(version) {
  return fill(LAYOUT.checksums, { version });
}

function binaryName(rid) {
  return platformOf(rid).os === 'windows' ? `${LAYOUT.binary}.exe` : LAYOUT.binary;
}

function octal(value, width) {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** One ustar header: owner 0:0 without names, mtime 0, so only the name, mode and content vary. */
function tarHeader(name, size, mode) {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar entry name longer than 100 bytes: ${name}`);
  const header = Buffer.alloc(BLOCK, 0);
  header.write(name, 0, 'utf8');
  header.write(octal(mode, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii'); // uid
  header.write(octal(0, 8), 116, 'ascii'); // gid
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(0, 12), 136, 'ascii'); // mtime
  header.write(' '.repeat(8), 148, 'ascii'); // checksum placeholder, counted as spaces
  header.write('0', 156, 'ascii'); // regular file
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  header.write(octal(0, 8), 329, 'ascii'); // devmajor
  header.write(octal(0, 8), 337, 'ascii'); // devminor
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return header;
}

/**
 * A gzipped tar of `entries` ([{ name, mode, content }]) at the archive root, sorted by name. The same entries give
 * the same bytes whatever the files' times, owners or the machine's umask.
 */
function tarGz(entries) {
  const parts = [];
  for (const entry of [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)))) {
    parts.push(tarHeader(entry.name, entry.content.length, entry.mode), entry.content);
    const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
    parts.push(Buffer.alloc(padding, 0));
  }
  parts.push(Buffer.alloc(2 * BLOCK, 0));
  const gz = zlib.gzipSync(Buffer.concat(parts), { level: 9 });
  gz[9] = 255; // the gzip header's OS byte: "unknown" on every platform (zlib writes its build's OS)
  return gz;
}

function sha256(buffer) {
  return crypto.createHash('sha256').update(buffer).digest('hex');
}

/** Writes `<sha256>  <archive>` for every archive of `version` in `dir`, sorted; returns the file's path. */
function writeChecksums(dir, version) {
  const names = Object.keys(LAYOUT.runtimes).map((rid) => archiveName(version, rid))
    .filter((name) => fs.existsSync(path.join(dir, name)))
    .sort();
  if (names.length === 0) throw new UsageError(`no ${fill(LAYOUT.archive, { version, os: '<os>', arch: '<arch>' })} in ${dir}`);
  const lines = names.map((name) => `${sha256(fs.readFileSync(path.join(dir, name)))}  ${name}\n`);
  const file = path.join(dir, checksumsName(version));
  fs.writeFileSync(file, lines.join(''));
  return file;
}

/** The archive's entries for `rid`: the plugin binary (executable) and the files build/platforms.json lists. */
function entriesFor(rid, pluginDir, root = ROOT) {
  const binary = path.join(pluginDir, binaryName(rid));
  if (!fs.existsSync(binary)) {
    throw new UsageError(`no plugin binary at ${binary}: publish it first (make publish RID=${rid})`);
  }
  return [
    { name: binaryName(rid), mode: 0o755, content: fs.readFileSync(binary) },
    ...LAYOUT.files.map((name) => ({ name, mode: 0o644, content: fs.readFileSync(path.join(root, name)) })),
  ];
}

function packagePlugin({ rid, pluginDir, out }) {
  const version = readVersion();
  const archive = path.join(out, archiveName(version, rid));
  const entries = entriesFor(rid, pluginDir);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(archive, tarGz(entries));
  const checksums = writeChecksums(out, version);
  return { archive, checksums };
}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const options = {};
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i];
    if (!flag.startsWith('--') || rest[i + 1] === undefined) throw new UsageError(`expected --<option> <value>, got "${flag}"`);
    options[flag.slice(2)] = rest[i + 1];
  }
  return { command, options };
}

function main(argv) {
  const { command, options } = parseArgs(argv);
  if (command === 'package') {
    if (!options.rid) throw new UsageError(`--rid is required; allowed: ${Object.keys(LAYOUT.runtimes).join(', ')}`);
    const { archive, checksums } = packagePlugin({
      rid: options.rid,
      pluginDir: path.resolve(options['plugin-dir'] || path.join(ROOT, 'artifacts', 'plugin')),
      out: path.resolve(options.out || path.join(ROOT, 'artifacts', 'dist')),
    });
    process.stdout.write(`${path.relative(process.cwd(), archive)}\n${path.relative(process.cwd(), checksums)}\n`);
  } else if (command === 'checksums') {
    const file = writeChecksums(path.resolve(options.dir || path.join(ROOT, 'artifacts', 'dist')), readVersion());
    process.stdout.write(fs.readFileSync(file, 'utf8'));
  } else {
    throw new UsageError(`unknown command "${command ?? ''}"; allowed: package, checksums`);
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`dist: ${e.message}\n`);
    process.exit(2);
  }
}

module.exports = { LAYOUT, readVersion, platformOf, archiveName, checksumsName, binaryName, tarGz, sha256, writeChecksums, entriesFor };
