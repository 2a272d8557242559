// source: @grpc/grpc-js@1.14.7 build/src/channel-credentials.js: the client's private key and
// certificate make a TLS secure context, which `tls.connect` uses for the handshake. The key
// authenticates the connection; it is not written to it.
const tls = require('tls');

function getConnectionOptions(secureContext, verifyOptions, channelTarget) {
  const connectionOptions = { secureContext: secureContext };
  if (verifyOptions.checkServerIdentity) {
    connectionOptions.checkServerIdentity = verifyOptions.checkServerIdentity;
  }
  connectionOptions.servername = channelTarget;
  return connectionOptions;
}

class CertificateProviderChannelCredentialsImpl {
  constructor(caCertificate, identity, verifyOptions) {
    this.latestCaUpdate = { caCertificate };
    this.latestIdentityUpdate = identity;
    this.verifyOptions = verifyOptions;
  }
  getLatestSecureContext() {
    var _a, _b;
    return (0, tls.createSecureContext)({
      ca: this.latestCaUpdate.caCertificate,
      key: (_a = this.latestIdentityUpdate) === null || _a === void 0 ? void 0 : _a.privateKey,
      cert: (_b = this.latestIdentityUpdate) === null || _b === void 0 ? void 0 : _b.certificate,
      ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256',
    });
  }
  connect(socket, channelTarget) {
    const secureContext = this.getLatestSecureContext();
    const connnectionOptions = getConnectionOptions(secureContext, this.verifyOptions, channelTarget);
    const tlsConnectOptions = Object.assign({ socket: socket }, connnectionOptions);
    return new Promise((resolve, reject) => {
      const tlsSocket = tls.connect(tlsConnectOptions, () => resolve(tlsSocket));
      tlsSocket.on('error', reject);
    });
  }
}
exports.CertificateProviderChannelCredentialsImpl = CertificateProviderChannelCredentialsImpl;
