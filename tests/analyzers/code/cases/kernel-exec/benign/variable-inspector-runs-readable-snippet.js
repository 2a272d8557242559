// expect: clean
// source: the look-alike: a variable inspector that installs its helper in the kernel (shipped base64-encoded to keep
// clear of quoting) and lists the kernel's variables with it, silently; written here
const HELPER = "aW1wb3J0IGpzb24gYXMgX2oKZGVmIF92aV9saXN0KCk6CiAgICByZXR1cm4gX2ouZHVtcHMoe2s6IHR5cGUodikuX19uYW1lX18gZm9yIGssIHYgaW4gZ2xvYmFscygpLml0ZW1zKCkgaWYgbm90IGsuc3RhcnRzd2l0aCgnXycpfSkK";

export function refresh(kernel, show) {
  let out = '';
  kernel.requestExecute({ code: "exec(__import__('base64').b64decode('" + HELPER + "').decode())", silent: true });
  const future = kernel.requestExecute({ code: 'print(_vi_list())', silent: true, store_history: false });
  future.onIOPub = (msg) => { if (msg.header.msg_type === 'stream') out += msg.content.text; };
  return future.done.then(() => show(JSON.parse(out || '{}')));
}
