// expect: suspicious
// source: chained npm RAT installs (NodeCordRAT, 2024-2026 reports): a working address library whose
// postinstall installs the payload package into a hidden directory of the home folder and starts it.
module.exports = { isAddress: (s) => /^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,62}$/.test(s) };
