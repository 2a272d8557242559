"""The install firewall: a local registry (ASGI) that refuses malicious packages before a package
manager writes them to disk, and the wrapper that runs one package manager command behind it.

`service.build_firewall(pipeline, FirewallOptions)` builds it, `service.running_firewall` serves it in
a thread, `install.run_install(argv, ...)` wraps one command; see docs/firewall.md."""
