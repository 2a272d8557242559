// source: the shape of FileSaver.js and its small copies: what is saved, and its name, are the caller's
// (a data: URL is decoded into a Blob), and a download link is clicked
export function dataUrlToBlob(url) {
  const [head, body] = url.split(',');
  const bytes = atob(body);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
  return new Blob([out], { type: head.slice(5).split(';')[0] });
}

export function saveAs(data, name = 'download') {
  const blob = typeof data === 'string' ? dataUrlToBlob(data) : data;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 40000);
}

export function exportCsv(rows) {
  saveAs(new Blob([rows.map((r) => r.join(',')).join('\n')], { type: 'text/csv' }), 'export.csv');
}
