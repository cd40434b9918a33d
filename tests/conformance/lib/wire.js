'use strict';
// Protobuf wire bytes for values nested deeper than the stubs can build: google-protobuf's JavaScript serializer
// recurses and overflows its stack a few thousand levels down, while the Go engine marshals any depth it holds.
// Everything here is iterative. A message may be extended by appending fields (protobuf merges repeated embedded
// messages), so a deep property is added to an ordinary request as `Buffer.concat([request, structField(...)])`.

function varint(n) {
  const bytes = [];
  while (n > 127) {
    bytes.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  bytes.push(n);
  return Buffer.from(bytes);
}

/** Tag byte (field number < 16) followed by the length of a length-delimited payload. */
function header(tag, length) {
  return Buffer.concat([Buffer.from([tag]), varint(length)]);
}

function stringField(tag, text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([header(tag, bytes.length), bytes]);
}

// google.protobuf.Value: string_value = 3, struct_value = 5, list_value = 6. ListValue: values = 1.
// Struct: fields = 1, a map entry { key = 1, value = 2 }.
const VALUE_STRING = 0x1a;
const VALUE_STRUCT = 0x2a;
const VALUE_LIST = 0x32;
const REPEATED_1 = 0x0a;
const ENTRY_VALUE = 0x12;

/**
 * A google.protobuf.Value holding `levels` nested lists (`kind` 'list') or single-key maps ('map', key "k")
 * around the string `leaf`. Built inside out: each level only prepends its headers.
 */
function deepValue(levels, kind = 'list', leaf = 'leaf') {
  let length = 0;
  const parts = [stringField(VALUE_STRING, leaf)];
  length += parts[0].length;
  const key = stringField(REPEATED_1, 'k');
  for (let level = 0; level < levels; level++) {
    if (kind === 'list') {
      const list = header(REPEATED_1, length);
      const value = header(VALUE_LIST, length + list.length);
      parts.push(list, value);
      length += list.length + value.length;
    } else {
      const entryValue = header(ENTRY_VALUE, length);
      const entryLength = key.length + entryValue.length + length;
      const entry = header(REPEATED_1, entryLength);
      const value = header(VALUE_STRUCT, entryLength + entry.length);
      parts.push(entryValue, key, entry, value);
      length += entryValue.length + key.length + entry.length + value.length;
    }
  }
  return Buffer.concat(parts.reverse());
}

/** A Struct-typed field (`tag`, e.g. 0x1a for CheckRequest.news) holding one entry `key` → `value` (Value bytes). */
function structField(tag, key, value) {
  const entryValue = header(ENTRY_VALUE, value.length);
  const keyBytes = stringField(REPEATED_1, key);
  const entryLength = keyBytes.length + entryValue.length + value.length;
  const entry = header(REPEATED_1, entryLength);
  return Buffer.concat([header(tag, entryLength + entry.length), entry, keyBytes, entryValue, value]);
}

module.exports = { deepValue, structField, varint };
