// expect: clean
// A wallet form's normaliser: addresses are checksummed with the caller's helper, and what is not an address falls
// back to the zero address the protocol uses for "none".
const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
exports.normalize = function normalize(form, getAddress) {
  if (/^0x[a-fA-F0-9]{40}$/.test(form.to)) form.to = getAddress(form.to);
  if (!/^0x[a-fA-F0-9]{40}$/.test(form.refund)) form.refund = ZERO_ADDRESS;
  return form;
};
