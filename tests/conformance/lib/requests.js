'use strict';
// Requests shaped like the ones the engine sends (protocol doc §2, §3.6, §5.1), built with the official classes.
const path = require('node:path');
const { provider, plugin, empty } = require('./proto');
const { toStruct } = require('./properties');
const { pluginPath } = require('./plugin');

const PROVIDER_TYPE = 'pulumi:providers:fireworks';
const PROVIDER_NAME = 'default';
const PROVIDER_URN = `urn:pulumi:dev::conformance::${PROVIDER_TYPE}::${PROVIDER_NAME}`;
const PROVIDER_ID = '00000000-0000-4000-8000-000000000000';

/** Handshake as NewProvider sends it; attach mode leaves root and program directory unset. */
function handshake(engineAddress, { attach = false } = {}) {
  const r = new provider.ProviderHandshakeRequest();
  r.setEngineAddress(engineAddress);
  if (!attach) {
    r.setRootDirectory(path.dirname(pluginPath()));
    r.setProgramDirectory(path.dirname(pluginPath()));
  }
  r.setConfigureWithUrn(true);
  r.setSupportsViews(true);
  r.setSupportsRefreshBeforeUpdate(true);
  r.setInvokeWithPreview(true);
  r.setAcceptsByteString(true);
  return r;
}

function checkConfig(news, olds = {}) {
  const r = new provider.CheckRequest();
  r.setUrn(PROVIDER_URN);
  r.setName(PROVIDER_NAME);
  r.setType(PROVIDER_TYPE);
  r.setOlds(toStruct(olds));
  r.setNews(toStruct(news));
  r.setRandomseed(new Uint8Array(32).fill(7));
  return r;
}

function diffConfig(olds, news, oldInputs = olds) {
  const r = new provider.DiffRequest();
  r.setId(PROVIDER_ID);
  r.setUrn(PROVIDER_URN);
  r.setName(PROVIDER_NAME);
  r.setType(PROVIDER_TYPE);
  r.setOlds(toStruct(olds));
  r.setNews(toStruct(news));
  r.setOldInputs(toStruct(oldInputs));
  return r;
}

/** Configure with `args` (secrets may stay wrapped) and the deprecated variables map (always plain strings). */
function configure(args, { variables = {} } = {}) {
  const r = new provider.ConfigureRequest();
  r.setArgs(toStruct(args));
  for (const [k, v] of Object.entries(variables)) r.getVariablesMap().set(`fireworks:config:${k}`, v);
  r.setAcceptsecrets(true);
  r.setAcceptresources(true);
  r.setSendsOldInputs(true);
  r.setSendsOldInputsToDelete(true);
  r.setId(PROVIDER_ID);
  r.setUrn(PROVIDER_URN);
  r.setName(PROVIDER_NAME);
  r.setType(PROVIDER_TYPE);
  return r;
}

const DEPLOYMENT_TYPE = 'fireworks:index:Deployment';
const DEPLOYED_MODEL_TYPE = 'fireworks:index:DeployedModel';

/** The URN of a resource of `type` (a Deployment unless said otherwise) named `name`. */
function resourceUrn(name, type = DEPLOYMENT_TYPE) {
  return `urn:pulumi:dev::conformance::${type}::${name}`;
}

function deploymentUrn(name) {
  return resourceUrn(name);
}

// Every resource request below takes `type` in its options: a Deployment unless said otherwise.

/**
 * Sets the resource's identity. `urnOnly` leaves name and type unset, as engines did before those fields existed
 * (protocol doc §5): the provider must read both from the URN. `urn` replaces the default URN (parent chains, odd names).
 */
function identify(r, name, { urnOnly = false, type = DEPLOYMENT_TYPE, urn = resourceUrn(name, type) } = {}) {
  r.setUrn(urn);
  if (!urnOnly) {
    r.setName(name);
    r.setType(type);
  }
}

/** Check of a Deployment named `name`; `seed` is the engine's 32 random bytes (fixed here, so names are stable). */
function check(name, news, { olds = {}, seed = 42, type = DEPLOYMENT_TYPE, urnOnly, urn } = {}) {
  const r = new provider.CheckRequest();
  identify(r, name, { urnOnly, urn, type });
  r.setOlds(toStruct(olds));
  r.setNews(toStruct(news));
  r.setRandomseed(new Uint8Array(32).fill(seed));
  return r;
}

/** Diff as the engine sends it: `olds` = old outputs, `news` = new checked inputs, `oldInputs` = old checked inputs. */
function diff(name, id, { olds, news, oldInputs, type = DEPLOYMENT_TYPE, urnOnly, urn }) {
  const r = new provider.DiffRequest();
  r.setId(id);
  identify(r, name, { urnOnly, urn, type });
  r.setOlds(toStruct(olds));
  r.setNews(toStruct(news));
  r.setOldInputs(toStruct(oldInputs));
  return r;
}

function create(name, properties, { preview = false, timeout = 0, type = DEPLOYMENT_TYPE, urnOnly, urn } = {}) {
  const r = new provider.CreateRequest();
  identify(r, name, { urnOnly, urn, type });
  r.setProperties(toStruct(properties));
  r.setPreview(preview);
  r.setTimeout(timeout);
  return r;
}

/** Read for refresh (properties + inputs set) or import (both left absent). */
function read(name, id, { properties, inputs, type = DEPLOYMENT_TYPE, urnOnly, urn } = {}) {
  const r = new provider.ReadRequest();
  r.setId(id);
  identify(r, name, { urnOnly, urn, type });
  if (properties !== undefined) r.setProperties(toStruct(properties));
  if (inputs !== undefined) r.setInputs(toStruct(inputs));
  return r;
}

function update(name, id, { olds, news, oldInputs, preview = false, timeout = 0, type = DEPLOYMENT_TYPE, urnOnly, urn }) {
  const r = new provider.UpdateRequest();
  r.setId(id);
  identify(r, name, { urnOnly, urn, type });
  r.setOlds(toStruct(olds));
  r.setNews(toStruct(news));
  r.setOldInputs(toStruct(oldInputs));
  r.setPreview(preview);
  r.setTimeout(timeout);
  return r;
}

function deleteRequest(name, id, { properties, oldInputs, timeout = 0, type = DEPLOYMENT_TYPE, urnOnly, urn }) {
  const r = new provider.DeleteRequest();
  r.setId(id);
  identify(r, name, { urnOnly, urn, type });
  r.setProperties(toStruct(properties));
  r.setOldInputs(toStruct(oldInputs));
  r.setTimeout(timeout);
  return r;
}

/** Invoke of the function `tok` with `args` (secrets and unknowns as the engine sends them). */
function invoke(tok, args = {}, { preview = false } = {}) {
  const r = new provider.InvokeRequest();
  r.setTok(tok);
  r.setArgs(toStruct(args));
  r.setPreview(preview);
  return r;
}

function attach(address) {
  const r = new plugin.PluginAttach();
  r.setAddress(address);
  return r;
}

function getSchema(version = 0) {
  const r = new provider.GetSchemaRequest();
  r.setVersion(version);
  return r;
}

function emptyMessage() {
  return new empty.Empty();
}

module.exports = {
  PROVIDER_TYPE, PROVIDER_NAME, PROVIDER_URN, PROVIDER_ID,
  handshake, checkConfig, diffConfig, configure, attach, getSchema, emptyMessage,
  DEPLOYMENT_TYPE, DEPLOYED_MODEL_TYPE, resourceUrn, deploymentUrn, check, diff, create, read, update, deleteRequest, invoke,
};
