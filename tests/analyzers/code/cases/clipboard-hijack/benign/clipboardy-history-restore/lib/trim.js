export function trimEntry(v) {
  return v.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[ \t]+$/gm, '');
}
