// source: coveralls 3.0.2, test/sendToCoveralls.js (a stacks pre-run: a medium endpoint-redirect): a test points the
// client at an enterprise URL and stubs the request
'use strict';
const request = require('request');
const sinon = require('sinon');
describe('sendToCoveralls', () => {
  it('allows sending to enterprise url', (done) => {
    process.env.COVERALLS_ENDPOINT = 'https://coveralls-ubuntu.domain.example';
    sinon.stub(request, 'post', (obj, cb) => cb('err', 'response', 'body'));
    done();
  });
});
