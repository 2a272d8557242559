// source: nise 5.1.9 lib/fake-xhr/index.js (sinon's fake server): its own FakeXMLHttpRequest's prototype is
// extended and an instance's send/open are written, never the page's XMLHttpRequest
function FakeXMLHttpRequest() { this.readyState = 0; }
var proto = FakeXMLHttpRequest.prototype;
proto.open = function (method, url) { this.method = method; this.url = url; this.readyState = 1; };
proto.send = function (data) { this.requestBody = data; this.readyState = 2; };
function fakeXhrFor(xhr) { xhr.send = function () {}; return xhr; }
module.exports = { FakeXMLHttpRequest: FakeXMLHttpRequest, fakeXhrFor: fakeXhrFor };
