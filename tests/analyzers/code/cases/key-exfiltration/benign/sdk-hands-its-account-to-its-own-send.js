// source: viem 2.57's tempo/Transport.js (top5000, flagged once by the transaction-payload sink): the SDK hands
// the account it signs with to its own sendTransaction module, whose network call is judged inside that module
'use strict';
const { privateKeyToAccount } = require('viem/accounts');
const sendTransaction_js_1 = require('../actions/wallet/sendTransaction.js');
const createClient_js_1 = require('../clients/createClient.js');

async function relay(privateKey, transport, calls) {
  const account = privateKeyToAccount(privateKey);
  const client = (0, createClient_js_1.createClient)({ account, transport });
  return (0, sendTransaction_js_1.sendTransaction)(client, { account, calls });
}

module.exports = { relay };
