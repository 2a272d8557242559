"""The web dashboard over the results store (`npmward dashboard`): portfolio, projects (risky paths,
findings with triage), packages (evidence, sandbox timeline, version diff, provenance), the firewall
log and the audit trail. Server-rendered: Starlette + Jinja2 + htmx (vendored), plots as SVG."""
