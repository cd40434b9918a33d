'use strict';
// Reads the entries of a gzipped ustar archive (names, modes, owners, times, contents), so tests can check the
// header fields that make the release archive reproducible, which `tar -t` prints differently on every platform.
const zlib = require('node:zlib');

const BLOCK = 512;

function field(header, offset, length) {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}

function number(header, offset, length) {
  const text = field(header, offset, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** [{ name, type, mode, uid, gid, uname, gname, mtime, content }] in archive order. */
function readTarGz(buffer) {
  const tar = zlib.gunzipSync(buffer);
  const entries = [];
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = number(header, 124, 12);
    const prefix = field(header, 345, 155);
    const name = field(header, 0, 100);
    entries.push({
      name: prefix ? `${prefix}/${name}` : name,
      type: field(header, 156, 1) || '0',
      mode: number(header, 100, 8),
      uid: number(header, 108, 8),
      gid: number(header, 116, 8),
      uname: field(header, 265, 32),
      gname: field(header, 297, 32),
      mtime: number(header, 136, 12),
      content: tar.subarray(offset + BLOCK, offset + BLOCK + size),
    });
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

module.exports = { readTarGz };
