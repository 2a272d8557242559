"""Exception types. Each interface raises its own subclass of `NpmwardError`; the CLI turns any of
them into a clear message on stderr and exit code 2 (an input npmward cannot read is never reported
as clean)."""


class NpmwardError(Exception):
    """Base for every error npmward reports to the user instead of a traceback."""


class UsageError(NpmwardError):
    """The command line or configuration is wrong."""
