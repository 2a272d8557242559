// source: xmlhttprequest-ssl 1.6.3 lib/XMLHttpRequest.js (old socket.io clients' dependency): a synchronous request is
// made by a second node process given a script the package writes around the request's options (`node -e
// execString`); the script holds where the request goes, not code a response delivered.
var spawn = require('child_process').spawn;
var fs = require('fs');
var http = require('http');
exports.XMLHttpRequest = function () {
  this.send = function (options, data, ssl) {
    var contentFile = '.node-xmlhttprequest-content-' + process.pid;
    var syncFile = '.node-xmlhttprequest-sync-' + process.pid;
    fs.writeFileSync(syncFile, '', 'utf8');
    var execString = "var http = require('http'), https = require('https'), fs = require('fs');"
      + 'var doRequest = http' + (ssl ? 's' : '') + '.request;'
      + 'var options = ' + JSON.stringify(options) + ';'
      + "var responseText = '';"
      + 'var req = doRequest(options, function(response) {'
      + "response.on('data', function(chunk) { responseText += chunk; });"
      + "response.on('end', function() { fs.writeFileSync('" + contentFile + "', responseText, 'utf8');"
      + "fs.unlinkSync('" + syncFile + "'); });"
      + '});'
      + (data ? "req.write('" + JSON.stringify(data).slice(1, -1) + "');" : '')
      + 'req.end();';
    var syncProc = spawn(process.argv[0], ['-e', execString]);
    while (fs.existsSync(syncFile)) { /* wait */ }
    this.responseText = fs.readFileSync(contentFile, 'utf8');
    syncProc.stdin.end();
    fs.unlinkSync(contentFile);
  };
  this.open = function (url) { return http.get(url); };
};
