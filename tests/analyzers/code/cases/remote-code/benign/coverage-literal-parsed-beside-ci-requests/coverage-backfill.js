// source: dd-trace 6.21's packages/datadog-instrumentations/src/jest/coverage-backfill.js (abridged): Istanbul's
// coverage literal that a transformer emitted is read back with `new Function`, from code the transformer made of the
// project's files.
function extractCoverageDataObject (code) {
  const marker = 'var coverageData = '
  const start = code.indexOf(marker)
  if (start === -1) return
  let depth = 0
  let index = start + marker.length
  for (; index < code.length; index++) {
    if (code[index] === '{') depth++
    else if (code[index] === '}' && --depth === 0) { index++; break }
  }
  try {
    return new Function(`return (${code.slice(start + marker.length, index)})`)()
  } catch {}
}
exports.backfill = (suites, transformer) => Promise.all(Object.keys(suites).map((file) =>
  transformer.transformSourceAsync(file, suites[file].source).then(({ code }) => extractCoverageDataObject(code))))
