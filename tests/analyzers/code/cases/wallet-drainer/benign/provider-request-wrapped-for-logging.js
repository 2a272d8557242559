// source: the shape of dApp debugging kits (wagmi/web3-react logger middlewares): the wallet's request method is wrapped
// to log each call and its duration; the kit's own script URL is written as it is
export function withLogging(provider, log = console.debug) {
  const original = provider.request.bind(provider);
  provider.request = async function (args) {
    const started = Date.now();
    try {
      return await original(args);
    } finally {
      log('[wallet]', args && args.method, Date.now() - started, 'ms');
      if (args && args.method === 'eth_sendTransaction') log('[wallet] docs: https://docs.walletkit.example/tx');
    }
  };
  return provider;
}
