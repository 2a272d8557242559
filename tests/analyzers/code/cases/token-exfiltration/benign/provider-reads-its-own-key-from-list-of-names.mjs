// source: the AI SDK providers' `loadApiKey({ environmentVariableName })` shape: a provider looks its one key up by
// the first of a constant list of names and sends it to its own API only
const NAMES = ["OPENAI_API_KEY", "OPENAI_KEY"];
function loadKey() { for (const n of NAMES) if (process.env[n]) return process.env[n]; return undefined; }
export async function listModels() {
  const res = await fetch("https://api.openai.com/v1/models", { headers: { authorization: `Bearer ${loadKey()}` } });
  return res.json();
}
