"""CLI commands other than `scan`: each module defines `register(app)` and is discovered by
`npmward.cli`, so a new command is one new file."""
