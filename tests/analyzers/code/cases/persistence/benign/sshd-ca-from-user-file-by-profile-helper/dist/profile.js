"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderProfile = void 0;
function renderProfile(caPath) {
    return ['# managed by sshd-ca-setup', `TrustedUserCAKeys ${caPath}`, 'AuthorizedPrincipalsFile /etc/ssh/principals/%u'].join('\n') + '\n';
}
exports.renderProfile = renderProfile;
