// source: the shape of vite 8.3.x dist/node/chunks/node.js (MIT): a class of the bundle's own whose instance is
// initialised (`workerEnvironment.init()`), in a module where a URL is built from base64 (a data: URL's payload); a
// local object's `init` is not another library's client being pointed somewhere.
class BuildEnvironment {
  constructor(name, plugins) { this.name = name; this.plugins = plugins; }
  async init(options) { this.options = options; this.ready = true; return this; }
}
const preload = Buffer.from('aHR0cHM6Ly9jZG4uZXhhbXBsZS9wcmVsb2FkLmpz', 'base64').toString();
export async function bundleWorker(input, config) {
  const workerEnvironment = new BuildEnvironment('client', config.plugins);
  await workerEnvironment.init({ preload });
  return { input, environment: workerEnvironment };
}
