// source: three 0.187.0, examples/jsm/inspector/extensions/tsl-graph/TSLGraphEditor.js (found by the benign corpora):
// the inspector keeps a material's node graph in localStorage and posts it into the graph editor's iframe, addressed to
// the origin of the page it loaded there; not to whatever page a frame holds ('*')
const KEY = 'tsl-graph';
export class GraphEditor {
  constructor(url) {
    this.iframe = document.createElement('iframe');
    this.iframe.src = url;
    this.editorOrigin = new URL(this.iframe.src).origin;
    document.body.appendChild(this.iframe);
  }
  load(id) {
    const graphData = JSON.parse(localStorage.getItem(KEY) || '{}')[id];
    this._post({ source: 'tsl-host', type: 'load', payload: { graphData } });
  }
  _post(message) {
    if (this.iframe.contentWindow) this.iframe.contentWindow.postMessage(message, this.editorOrigin);
  }
}
