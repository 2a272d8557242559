// source: the shape of @uniswap/v2-core: the pair contract raises its own "UniswapV2: K" in swap, and its LP token's
// _transfer has no DEX error; written here
module.exports = { pair: 'contracts/Pair.sol' };
