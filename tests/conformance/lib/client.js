'use strict';
// A promise-based wrapper over the official ResourceProviderClient. Every call writes one transcript line to stderr
// (RPC, outcome, elapsed ms, a caller-supplied note) so CI logs show what ran, and resolves an outcome object instead
// of throwing, so tests can assert on status codes as easily as on responses.
const { grpc, providerGrpc, provider, status: statusPb, errors } = require('./proto');

const DEFAULT_DEADLINE_MS = 15_000;
// The engine's client accepts messages up to 400 MiB (protocol doc §3.2); so does this one.
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;
const CHANNEL_OPTIONS = {
  'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
  'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
};
const CODE_NAMES = Object.fromEntries(Object.entries(grpc.status).map(([name, code]) => [code, name]));

function transcript(line) {
  if (process.env.FIREWORKS_RPC_TRANSCRIPT === '0') return;
  process.stderr.write(`# rpc ${line}\n`);
}

/** A few key fields of a response for the transcript (never property values: they may hold secrets). */
function summarize(response) {
  if (!response) return '';
  const parts = [];
  if (response.getFailuresList) parts.push(`failures=${response.getFailuresList().map((f) => f.getProperty() || '(none)').join(',') || 0}`);
  if (response.getReturn && response.getReturn()) parts.push(`return=[${Object.keys(response.getReturn().toJavaScript()).join(',')}]`);
  if (response.getInputs && response.getInputs()) parts.push(`inputs=[${Object.keys(response.getInputs().toJavaScript()).join(',')}]`);
  if (response.getReplacesList) parts.push(`changes=${response.getChanges()} replaces=[${response.getReplacesList()}] diffs=[${response.getDiffsList()}]`);
  if (response.getAcceptSecrets) parts.push(`acceptSecrets=${response.getAcceptSecrets()} acceptResources=${response.getAcceptResources()} acceptOutputs=${response.getAcceptOutputs()} autonaming=${response.getSupportsAutonamingConfiguration()}`);
  if (response.getAcceptsecrets) parts.push(`acceptSecrets=${response.getAcceptsecrets()} supportsPreview=${response.getSupportspreview()} acceptResources=${response.getAcceptresources()} acceptOutputs=${response.getAcceptoutputs()}`);
  if (response.getVersion && typeof response.getVersion() === 'string') parts.push(`version=${response.getVersion()}`);
  if (response.getSchema) parts.push(`schema=${response.getSchema().length} chars`);
  return parts.length ? ` {${parts.join(' ')}}` : '';
}

/** Decodes the google.rpc.Status carried in the grpc-status-details-bin trailer, if any. */
function statusDetails(metadata) {
  const raw = metadata && metadata.get('grpc-status-details-bin');
  if (!raw || raw.length === 0) return [];
  const status = statusPb.Status.deserializeBinary(new Uint8Array(raw[0]));
  return status.getDetailsList().map((any) => ({ typeUrl: any.getTypeUrl(), value: any.getValue_asU8() }));
}

/** Unpacks a ConfigureErrorMissingKeys detail into [{ name, description }] (empty when absent). */
function missingKeys(details) {
  const d = details.find((x) => x.typeUrl.endsWith('/pulumirpc.ConfigureErrorMissingKeys'));
  if (!d) return [];
  return provider.ConfigureErrorMissingKeys.deserializeBinary(d.value).getMissingkeysList()
    .map((k) => ({ name: k.getName(), description: k.getDescription() }));
}

/**
 * Unpacks an ErrorResourceInitFailed detail (a partial failure: the resource exists) into
 * { id, properties, inputs, reasons }, or undefined when absent.
 */
function resourceInitFailed(details) {
  const d = details.find((x) => x.typeUrl.endsWith('/pulumirpc.ErrorResourceInitFailed'));
  if (!d) return undefined;
  const m = provider.ErrorResourceInitFailed.deserializeBinary(d.value);
  return {
    id: m.getId(),
    properties: m.getProperties() ? m.getProperties().toJavaScript() : undefined,
    inputs: m.getInputs() ? m.getInputs().toJavaScript() : undefined,
    reasons: m.getReasonsList(),
  };
}

/** Unpacks the errors.proto details (ErrorCause, InputPropertiesError) into plain objects, in order. */
function errorDetails(details) {
  const out = [];
  for (const d of details) {
    if (d.typeUrl.endsWith('/pulumirpc.ErrorCause')) {
      const m = errors.ErrorCause.deserializeBinary(d.value);
      out.push({ type: 'ErrorCause', message: m.getMessage(), stackTrace: m.getStacktrace() });
    } else if (d.typeUrl.endsWith('/pulumirpc.InputPropertiesError')) {
      const m = errors.InputPropertiesError.deserializeBinary(d.value);
      out.push({ type: 'InputPropertiesError', errors: m.getErrorsList().map((e) => ({ propertyPath: e.getPropertyPath(), reason: e.getReason() })) });
    }
  }
  return out;
}

class ProviderClient {
  constructor(address) {
    this.address = address;
    this.raw = new providerGrpc.ResourceProviderClient(address, grpc.credentials.createInsecure(), CHANNEL_OPTIONS);
  }

  /**
   * Calls a unary method by its stub name (e.g. 'checkConfig'). Resolves
   * { ok, code, codeName, details, statusDetails, response, elapsedMs }.
   */
  call(method, request, { note = '', deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
    const started = Date.now();
    const deadline = new Date(Date.now() + deadlineMs);
    return new Promise((resolve) => {
      this.raw[method](request, new grpc.Metadata(), { deadline }, (error, response) => {
        const elapsedMs = Date.now() - started;
        const outcome = error
          ? { ok: false, code: error.code, details: error.details, statusDetails: statusDetails(error.metadata), response: undefined }
          : { ok: true, code: grpc.status.OK, details: '', statusDetails: [], response };
        outcome.codeName = CODE_NAMES[outcome.code];
        outcome.elapsedMs = elapsedMs;
        transcript(`${method} -> ${outcome.codeName}${outcome.details ? ` (${JSON.stringify(outcome.details)})` : ''}${summarize(response)} ` +
          `${elapsedMs} ms${note ? ` | ${note}` : ''}`);
        resolve(outcome);
      });
    });
  }

  /** Calls a server-streaming method; resolves like call() with `responses` (every streamed message). */
  stream(method, request, { note = '', deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
    const started = Date.now();
    const deadline = new Date(Date.now() + deadlineMs);
    return new Promise((resolve) => {
      const responses = [];
      const s = this.raw[method](request, new grpc.Metadata(), { deadline });
      let error = null;
      s.on('data', (m) => responses.push(m));
      s.on('error', (e) => { error = e; });
      s.on('status', (st) => {
        const elapsedMs = Date.now() - started;
        const code = error ? error.code : st.code;
        const details = error ? error.details : st.details;
        const outcome = { ok: code === grpc.status.OK, code, codeName: CODE_NAMES[code], details, responses, elapsedMs };
        transcript(`${method} (stream) -> ${outcome.codeName}${details ? ` (${JSON.stringify(details)})` : ''} ` +
          `${elapsedMs} ms, ${responses.length} message(s)${note ? ` | ${note}` : ''}`);
        resolve(outcome);
      });
    });
  }

  /**
   * Calls an arbitrary method path with raw bytes: used to learn how the server answers a path that does not exist,
   * so real paths can be told apart from missing ones.
   */
  rawUnary(path, bytes = Buffer.alloc(0), { deadlineMs = DEFAULT_DEADLINE_MS } = {}) {
    const started = Date.now();
    return new Promise((resolve) => {
      this.raw.makeUnaryRequest(path, (b) => b, (b) => b, bytes, new grpc.Metadata(),
        { deadline: new Date(Date.now() + deadlineMs) }, (error) => {
          const code = error ? error.code : grpc.status.OK;
          const outcome = { ok: !error, code, codeName: CODE_NAMES[code], details: error ? error.details : '' };
          transcript(`${path} (raw) -> ${outcome.codeName} (${JSON.stringify(outcome.details)}) ${Date.now() - started} ms`);
          resolve(outcome);
        });
    });
  }

  close() {
    this.raw.close();
  }
}

module.exports = { ProviderClient, missingKeys, resourceInitFailed, errorDetails, transcript, CODE_NAMES };
