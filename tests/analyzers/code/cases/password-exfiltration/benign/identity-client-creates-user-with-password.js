// source: the shape of identity-provider admin clients (Keycloak/Auth0 management SDKs): a new user's password is sent
// to the provider the caller configures, or, for local accounts, hashed with bcrypt and never sent.
'use strict';
const bcrypt = require('bcrypt');
module.exports = class Users {
  constructor({ baseUrl, token }) { this.baseUrl = baseUrl; this.token = token; }
  async create(username, password) {
    const res = await fetch(`${this.baseUrl}/admin/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username, credentials: [{ type: 'password', value: password, temporary: false }] }),
    });
    return res.json();
  }
  static async local(username, password) {
    return { username, hash: await bcrypt.hash(password, 12) };
  }
};
