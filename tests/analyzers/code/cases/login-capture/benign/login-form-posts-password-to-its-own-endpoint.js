// source: the shape of login widgets (auth UI kits): the password typed into the form goes to the endpoint the
// application configures, and the page preconnects to the identity provider it names.
var link = document.createElement("link");
link.rel = "preconnect";
link.href = "https://login.identity.example";
document.head.appendChild(link);
export function attach(form, options) {
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var user = form.querySelector("input[name=username]").value;
    var password = form.querySelector("input[type=password]").value;
    fetch(options.endpoint || "/api/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: user, password: password }),
    }).then(function (r) { return r.ok && options.onLogin && options.onLogin(); });
  });
}
