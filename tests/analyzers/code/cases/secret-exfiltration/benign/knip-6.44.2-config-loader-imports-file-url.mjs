// expect: clean
// source: knip 6.44.2's dist/util/loader.js: a config loader that reads rc files and imports JS configs by their file
// URL with a version query to reload them. The path it is given carries every label config paths have (`.npmrc`, the
// content of rc files, a schema URL): field-insensitive flow hands them to `import()`, which loads a local file.
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
const CANDIDATES = ['.npmrc', '.kniprc'];
const SCHEMA = 'https://json.schemastore.org/knip.json';
const reload = async (filePath, version) => {
  const imported = await import(`${pathToFileURL(filePath).href}?v=${version}`);
  return imported.default ?? imported;
};
export async function loadFirst(dir) {
  for (const name of CANDIDATES) {
    let filePath = `${dir}/${name}`;
    const contents = readFileSync(filePath, 'utf8');
    if (contents.startsWith('{')) filePath = contents;
    if (!contents) filePath = SCHEMA;
    return reload(filePath, 1);
  }
}
loadFirst(process.cwd());
