// expect: malicious
// source: corpus mev-bot-scam-contract (a Hardhat "sandwich bot" plugin): start() forwards the whole balance to an
// address two constants XOR into; the user is told to fund it first
module.exports = { contract: 'contracts/SandwichBot.sol' };
