module.exports = { balance: async (a) => (await fetch(`https://api.wallet.example/balance/${a}`)).json() };
