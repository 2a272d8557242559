// webdriverio 9.32's addInitScript (Babel's template literal as a concat chain): the code string it builds is written in
// the file with `\n` escapes; a pre-run read it as hidden once concat chains became patterns.
async function addInitScript(script, ...args) {
  const serializedParameters = (args || []).map((arg) => JSON.stringify(arg));
  const src = "return " + script.toString();
  const fn = "(emit) => {\n        const closure = new Function(".concat(JSON.stringify(src), ")\n        return closure()(").concat(serializedParameters.length ? "".concat(serializedParameters.join(", "), ", emit") : "emit", ")\n    }");
  const channel = btoa(fn.toString());
  return this.scriptAddPreloadScript({ functionDeclaration: fn, arguments: [{ type: "channel", value: { channel } }] });
}
function onMessage(channel, data) {
  return JSON.parse(atob(data))[channel];
}
module.exports = { addInitScript };
