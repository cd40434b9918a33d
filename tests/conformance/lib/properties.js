'use strict';
// Pulumi property values inside google.protobuf.Struct (protocol doc §4): secrets are objects carrying the signature
// key, unknowns are sentinel strings. Everything here works on plain JavaScript values (Struct.toJavaScript form).
const { struct } = require('./proto');

const SIGNATURE_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

function secret(value) {
  return { [SIGNATURE_KEY]: SECRET_SIG, value };
}

function isSecret(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && value[SIGNATURE_KEY] === SECRET_SIG;
}

function isUnknown(value) {
  return value === UNKNOWN;
}

/** Plain object → google.protobuf.Struct (message instance of the stubs' google-protobuf). */
function toStruct(object) {
  return struct.Struct.fromJavaScript(object);
}

/** google.protobuf.Struct (or undefined) → plain object; undefined stays undefined so "absent" is visible. */
function fromStruct(message) {
  return message === undefined || message === null ? undefined : message.toJavaScript();
}

/** Replaces secret payloads with a marker so transcripts never print them. */
function redact(value) {
  if (isSecret(value)) return '[secret]';
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v)]));
  }
  return value;
}

module.exports = { SIGNATURE_KEY, SECRET_SIG, UNKNOWN, secret, isSecret, isUnknown, toStruct, fromStruct, redact };
