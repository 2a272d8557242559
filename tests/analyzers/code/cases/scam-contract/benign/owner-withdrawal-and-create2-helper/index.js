// source: a contracts package (OpenZeppelin-style): the balance is withdrawn to the owner kept in storage, and a pure
// helper computes a CREATE2 address that no balance is sent to
module.exports = { contract: 'contracts/Vault.sol' };
