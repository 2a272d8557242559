// expect: malicious
// source: poisoned model files (JFrog's "Data scientists targeted by malicious Hugging Face ML models", 2024; the
// baller423/goober2 pickles calling posix.system): a weights package whose model.pkl (protocol 4, STACK_GLOBAL) runs a
// download piped into sh when the Python side unpickles it.
const path = require('path');
module.exports = { modelPath: path.join(__dirname, 'model.pkl'), labels: ['negative', 'positive'] };
