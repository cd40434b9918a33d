'use strict';
// The official generated stubs shipped in the pinned @pulumi/pulumi package, plus the gRPC and protobuf runtimes
// resolved from the stubs' own directory: the stubs check `instanceof` against their copy of google-protobuf, so
// the harness must build messages with exactly the same module instances the stubs use.
const { createRequire } = require('node:module');
const path = require('node:path');

const stubDir = path.dirname(require.resolve('@pulumi/pulumi/proto/provider_grpc_pb.js'));
const requireFromStubs = createRequire(path.join(stubDir, 'provider_grpc_pb.js'));

module.exports = {
  grpc: requireFromStubs('@grpc/grpc-js'),
  providerGrpc: requireFromStubs('./provider_grpc_pb.js'),
  provider: requireFromStubs('./provider_pb.js'),
  plugin: requireFromStubs('./plugin_pb.js'),
  engineGrpc: requireFromStubs('./engine_grpc_pb.js'),
  engine: requireFromStubs('./engine_pb.js'),
  status: requireFromStubs('./status_pb.js'),
  errors: requireFromStubs('./errors_pb.js'),
  empty: requireFromStubs('google-protobuf/google/protobuf/empty_pb.js'),
  struct: requireFromStubs('google-protobuf/google/protobuf/struct_pb.js'),
};
