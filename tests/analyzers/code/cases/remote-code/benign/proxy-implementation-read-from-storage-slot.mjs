// source: the shape of EIP-1967 proxy resolvers (viem/ethers helpers): a storage slot read gives an address, and the
// contract's metadata is fetched from the caller's explorer and parsed, never run; written here
const IMPLEMENTATION_SLOT = '0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc';

export async function implementationOf(client, proxy, explorer) {
  const word = await client.getStorageAt({ address: proxy, slot: IMPLEMENTATION_SLOT });
  const address = `0x${word.slice(-40)}`;
  const res = await fetch(`${explorer}/api?module=contract&action=getabi&address=${address}`);
  const body = await res.json();
  return { address, abi: JSON.parse(body.result) };
}
