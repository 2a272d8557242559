// source: the shape of Token-2022 launch tools (spl-token's own examples): the permanent delegate, when asked for, is
// the creator's key or one the caller passes; written here
"use strict";
const { createInitializePermanentDelegateInstruction, TOKEN_2022_PROGRAM_ID } = require("@solana/spl-token");

exports.permanentDelegate = function permanentDelegate({ mint, payer, delegate }) {
  return createInitializePermanentDelegateInstruction(mint, delegate || payer.publicKey, TOKEN_2022_PROGRAM_ID);
};
