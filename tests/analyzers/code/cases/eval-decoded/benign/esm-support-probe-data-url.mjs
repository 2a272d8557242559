// source: the feature probe of ESM-aware loaders: a constant, readable data: URL module imported to
// learn whether dynamic import works (nothing hidden, nothing sent)
let supportsImport = false;
import('data:text/javascript,export default 42').then((m) => { supportsImport = m.default === 42; }, () => {});
export function canImport() {
  return supportsImport;
}
