// expect: clean
// source: the look-alike: an HR client's method that updates a worker's election with the account its caller passes;
// written here
'use strict';
exports.updatePaymentElection = async function updatePaymentElection(client, workerId, electionId, account) {
  if (!/^\d{9}$/.test(account.routingNumber)) throw new Error('routing number must have 9 digits');
  return client.patch(`/workers/${workerId}/paymentElections/${electionId}`, {
    bankName: account.bankName, routingNumber: account.routingNumber, accountNumber: account.accountNumber
  });
};
