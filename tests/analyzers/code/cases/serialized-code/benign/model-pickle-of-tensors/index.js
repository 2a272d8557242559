// A weights package as ML packages ship them: a torch checkpoint (a zip whose archive/data.pkl is an OrderedDict of
// tensors) and a vocabulary pickle whose words include "run", "system", "exec": pickles of data, calling nothing.
const path = require('path');
module.exports = { checkpoint: path.join(__dirname, 'pytorch_model.bin'), vocab: path.join(__dirname, 'weights.pkl') };
