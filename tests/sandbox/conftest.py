"""Markers of the sandbox tests."""


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: long sandbox runs (native builds, real packages); still run by default")
