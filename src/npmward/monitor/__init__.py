"""Continuous monitoring: projects, their snapshots in the store, re-evaluation when the lockfile,
the policy, the rules or the advisory database change, and alerts on what is new.

- `projects`: add / list / remove projects (a directory, a lockfile or a git URL);
- `run`: `run_projects(store, settings)` brings every project's stored verdicts up to date;
- `changes`: the digests that say what changed;
- `alerts/`: publishers (JSON webhook, Slack, Teams, email, GitHub issues), grouped and rate-limited;
- `firewall_log`: ingests `npmward serve`'s decision log;
- `export`: CycloneDX (with VEX from triage) and SARIF per project, from the store.
"""
