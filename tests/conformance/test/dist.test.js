'use strict';
// The release archive `make dist` built for this machine (build/dist.js, named by build/platforms.json): its name,
// checksum and layout, and the plugin unpacked from it into a fresh directory, started the way the engine starts an
// installed plugin (protocol doc §7.4: `pulumi plugin install ... -f <tarball>` unpacks the archive as it is).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const dist = require('../../../build/dist');
const { REPO_ROOT } = require('../lib/plugin');
const { launch, assertOnlyPortLine } = require('../lib/fixture');
const { readTarGz } = require('../lib/tar');
const requests = require('../lib/requests');

const TIMEOUT = { timeout: 30_000 };
const DIST_DIR = path.join(REPO_ROOT, 'artifacts', 'dist');
const VERSION = dist.readVersion();
const RID = hostRid();
const ARCHIVE = path.join(DIST_DIR, dist.archiveName(VERSION, RID));
const BINARY = dist.binaryName(RID);

let unpacked;
let session;

/** The runtime identifier build/platforms.json gives this machine's os/arch (what `make dist` builds here). */
function hostRid() {
  const host = { os: { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform], arch: { x64: 'amd64', arm64: 'arm64' }[process.arch] };
  const rid = Object.keys(dist.LAYOUT.runtimes).find((r) => dist.LAYOUT.runtimes[r].os === host.os && dist.LAYOUT.runtimes[r].arch === host.arch);
  assert.ok(rid, `build/platforms.json has no runtime for ${process.platform}/${process.arch}`);
  return rid;
}

function tempDir(label) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `fireworks-dist-${label}-`));
}

before(async () => {
  assert.ok(fs.existsSync(ARCHIVE), `${ARCHIVE} is missing: run make dist (make test-conformance does)`);
  unpacked = tempDir('unpacked');
  // The system tar, not our reader: the archive must unpack with the tools users and the Pulumi CLI have.
  const tar = spawnSync('tar', ['-xzf', ARCHIVE, '-C', unpacked], { encoding: 'utf8' });
  assert.equal(tar.status, 0, `tar -xzf ${ARCHIVE} failed: ${tar.stderr}`);
  // lib/plugin.js starts the binary this names: the unpacked one, from a directory of its own.
  process.env.PULUMI_FIREWORKS_PLUGIN = path.join(unpacked, BINARY);
  session = await launch();
});

after(async () => {
  if (session) {
    const exit = await session.shutdown();
    assert.equal(exit.killed, false, 'the unpacked plugin exited after SIGINT');
    assertOnlyPortLine(session.plugin);
  }
  if (unpacked) fs.rmSync(unpacked, { recursive: true, force: true });
});

test('the archive is named for this platform and VERSION, and the checksum file lists its SHA-256', TIMEOUT, () => {
  const checksums = path.join(DIST_DIR, dist.checksumsName(VERSION));
  const lines = fs.readFileSync(checksums, 'utf8').split('\n').filter((l) => l.length > 0);

  for (const line of lines) assert.match(line, /^[0-9a-f]{64} {2}\S+\.tar\.gz$/, `${checksums}: not "<sha256>  <file>": ${line}`);
  assert.deepEqual(lines, [...lines].sort(), 'checksum lines sorted by file name');
  assert.ok(lines.includes(`${dist.sha256(fs.readFileSync(ARCHIVE))}  ${path.basename(ARCHIVE)}`),
    `${checksums} has no line with the SHA-256 of ${path.basename(ARCHIVE)}`);
});

test('the archive holds the plugin binary, LICENSE and README.md at its root, owned by 0:0 at time 0', TIMEOUT, () => {
  const entries = readTarGz(fs.readFileSync(ARCHIVE));

  assert.deepEqual(entries.map((e) => e.name), ['LICENSE', 'README.md', BINARY]);
  for (const e of entries) {
    assert.equal(e.type, '0', `${e.name} is a regular file`);
    assert.deepEqual([e.uid, e.gid, e.uname, e.gname, e.mtime], [0, 0, '', '', 0], `${e.name}: fixed owner and time`);
  }
  assert.equal(entries[2].mode, 0o755, 'the binary is executable');
  assert.equal(entries[0].mode, 0o644);
  assert.ok(entries[0].content.equals(fs.readFileSync(path.join(REPO_ROOT, 'LICENSE'))), 'LICENSE is the repository LICENSE');
  assert.ok(entries[1].content.equals(fs.readFileSync(path.join(REPO_ROOT, 'README.md'))), 'README.md is the repository README');
  if (process.platform !== 'win32') fs.accessSync(path.join(unpacked, BINARY), fs.constants.X_OK);
});

test('packing the same files again, with other times and modes on disk, gives the same bytes', TIMEOUT, () => {
  const copy = tempDir('repack');
  try {
    for (const name of [BINARY, ...dist.LAYOUT.files]) {
      fs.copyFileSync(path.join(unpacked, name), path.join(copy, name));
      fs.utimesSync(path.join(copy, name), new Date(), new Date());
    }
    fs.chmodSync(path.join(copy, 'LICENSE'), 0o600);

    const again = dist.tarGz(dist.entriesFor(RID, copy, copy));

    assert.equal(dist.sha256(again), dist.sha256(fs.readFileSync(ARCHIVE)));
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test('an unknown runtime identifier is refused with the allowed ones named', TIMEOUT, () => {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'build', 'dist.js'), 'package', '--rid', 'linux-x86'], { encoding: 'utf8' });

  assert.equal(r.status, 2);
  assert.ok(r.stderr.includes(`--rid: "linux-x86" is not a runtime identifier we ship; allowed: ${Object.keys(dist.LAYOUT.runtimes).join(', ')}`),
    r.stderr);
});

test('the unpacked plugin answers Handshake', TIMEOUT, async () => {
  const r = await session.client.call('handshake', requests.handshake(session.engine.address), { note: 'unpacked from the dist archive' });
  assert.equal(r.codeName, 'OK', r.details);
  assert.equal(r.response.getAcceptSecrets(), true);
});

test('the unpacked plugin reports the version in VERSION through GetPluginInfo', TIMEOUT, async () => {
  const r = await session.client.call('getPluginInfo', requests.emptyMessage());
  assert.equal(r.codeName, 'OK', r.details);
  assert.equal(r.response.getVersion(), VERSION);
});

test('the unpacked plugin serves the repository schema.json through GetSchema', TIMEOUT, async () => {
  const r = await session.client.call('getSchema', requests.getSchema(0));
  assert.equal(r.codeName, 'OK', r.details);
  assert.equal(r.response.getSchema(), fs.readFileSync(path.join(REPO_ROOT, 'schema.json'), 'utf8'));
});
