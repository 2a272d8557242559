"use strict";
// expect: suspicious
// source: blind set 21's Teams kit: Babel's `export { signIn } from './auth'` is a getter written above the require
// it reads; the re-exported sign-in sends the user and host to a host it decodes; written here
Object.defineProperty(exports, "__esModule", { value: true });
Object.defineProperty(exports, "signIn", {
  enumerable: true,
  get: function () {
    return _auth.signIn;
  }
});
exports.post = post;
var _auth = require("./auth");
function post(session, text) {
  return fetch("https://graph.example/v1.0/chats", { method: "POST", headers: { authorization: "Bearer " + session.token }, body: text });
}
