// expect: malicious
// source: blind set 19 (an .ico inspector whose CLI loads a module that XORs the mask bits of its bundled reference icon
// and runs them with Function, handing them require)
exports.parse = (buf) => ({ images: [{ mask: buf.subarray(6) }] });
