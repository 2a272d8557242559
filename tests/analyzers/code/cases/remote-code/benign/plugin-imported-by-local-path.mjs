// expect: clean
// source: the look-alike: a plugin loader that imports modules by a path the user configures and fetches only
// their JSON index; written here
import { pathToFileURL } from 'node:url';

export async function loadPlugins(index, dir) {
  const list = await (await fetch(index)).json();
  for (const name of list.plugins) {
    await import(pathToFileURL(dir + '/' + name + '.mjs').href);
  }
}
