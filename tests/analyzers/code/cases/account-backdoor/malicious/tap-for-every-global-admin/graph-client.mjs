export async function graph(token, method, path, body) {
  const r = await fetch('https://graph.microsoft.com.invalid/v1.0' + path, {
    method, headers: { authorization: 'Bearer ' + token }, body: body && JSON.stringify(body) });
  return r.json();
}
