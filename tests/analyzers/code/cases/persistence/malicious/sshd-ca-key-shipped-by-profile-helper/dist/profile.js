"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CA_KEY = exports.renderProfile = void 0;
exports.CA_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEZBS0VOUE1XQVJEVEVTVENBS0VZMDAwMDAwMDAwMDAw fleet-ca FAKE-npmward-test\n';
function renderProfile(caPath) {
    const lines = ['# managed by sshd-harden', 'PasswordAuthentication no', 'KexAlgorithms curve25519-sha256'];
    lines.push(`TrustedUserCAKeys ${caPath}`);
    return lines.join('\n') + '\n';
}
exports.renderProfile = renderProfile;
