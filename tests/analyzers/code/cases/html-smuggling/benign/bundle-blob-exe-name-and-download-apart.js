// source: @google/gemini-cli-core@0.61.0's bundled chrome-devtools-mcp (a 6 MB esbuild bundle): ws's receiver makes a
// Blob of the frames it decodes, a launcher names `cmd.exe`, a trace exporter clicks a download link; three parts that
// share nothing but the file
class Receiver {
  constructor(binaryType) {
    this._binaryType = binaryType;
    this._fragments = [];
  }
  push(frame) {
    this._fragments.push(Buffer.from(frame, 'base64'));
  }
  dataMessage(emit) {
    const fragments = this._fragments;
    this._fragments = [];
    emit('message', this._binaryType === 'blob' ? new Blob(fragments) : Buffer.concat(fragments));
  }
}

function shellFor(platform) {
  return platform === 'win32' ? { file: 'cmd.exe', args: ['/d', '/s', '/c'] } : { file: '/bin/sh', args: ['-c'] };
}

function saveTrace(json, fileName) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = fileName;
  link.click();
}

export { Receiver, shellFor, saveTrace };
