"""Bait planted in the sandbox, unique per run: credentials in files and in the environment.

Every value is random per run, so seeing one of them anywhere outside (a sink, a DNS name) proves the
package read it and sent it. The formats are the real ones (npm_, ghp_, AKIA) so that a stealer's
regular expressions match them; the values are random and belong to no account.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field

ALNUM = string.ascii_letters + string.digits


def _rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(n))


@dataclass(frozen=True)
class Honeytoken:
    """One planted secret."""

    name: str
    """What it imitates (`npm-token`, `aws-secret`, `ssh-key`, ...)."""
    value: str
    """The secret itself (never printed whole in a report; see `redacted`)."""
    locations: tuple[str, ...]
    """Where it is planted: file paths (absolute, inside the sandbox) and `env:NAME`."""

    @property
    def redacted(self) -> str:
        return f"{self.value[:6]}...({len(self.value)} chars)"


@dataclass(frozen=True)
class Bait:
    """All the honeytokens of one run, with the files and environment that carry them."""

    user: str
    """The random user name inside the sandbox."""
    home: str
    """Its home directory (`/home/<user>`)."""
    project: str
    """The throwaway project directory the package is installed into."""
    tokens: tuple[Honeytoken, ...]
    files: dict[str, str] = field(default_factory=dict)
    """Absolute path inside the sandbox -> content."""
    env: dict[str, str] = field(default_factory=dict)

    @property
    def token_files(self) -> frozenset[str]:
        return frozenset(loc for t in self.tokens for loc in t.locations if loc.startswith("/"))


def make_bait() -> Bait:
    user = "u" + _rand(7, string.ascii_lowercase + string.digits)
    home = f"/home/{user}"
    project = f"{home}/app"
    npm = "npm_" + _rand(36)
    ghp = "ghp_" + _rand(36)
    aws_id = "AKIA" + _rand(16, string.ascii_uppercase + string.digits)
    aws_secret = _rand(40, ALNUM + "+/")
    ssh_marker = _rand(48)
    wallet = _rand(32)
    solana = [secrets.randbelow(256) for _ in range(64)]
    browser = _rand(24)
    env_secret = "sk_live_" + _rand(24)
    ssh_body = "\n".join([ssh_marker[i:i + 64] for i in range(0, 48, 64)] + [_rand(64) for _ in range(6)])
    files = {
        f"{home}/.npmrc": f"//registry.npmjs.org/:_authToken={npm}\n",
        f"{home}/.ssh/id_rsa": f"-----BEGIN OPENSSH PRIVATE KEY-----\n{ssh_body}\n-----END OPENSSH PRIVATE KEY-----\n",
        f"{home}/.aws/credentials": f"[default]\naws_access_key_id = {aws_id}\naws_secret_access_key = {aws_secret}\n",
        f"{home}/.config/gh/hosts.yml": f"github.com:\n    oauth_token: {ghp}\n    user: {user}\n    git_protocol: https\n",
        f"{project}/.env": f"DATABASE_URL=postgres://app:{env_secret}@db.internal.example/app\nSTRIPE_KEY={env_secret}\n",
        f"{home}/.config/Exodus/exodus.wallet/seed.seco": f"SECO-v1 {wallet}\n",
        f"{home}/.electrum/wallets/default_wallet": '{"seed_version": 52, "keystore": {"xprv": "xprv' + wallet + '"}}\n',
        f"{home}/.config/solana/id.json": str(solana).replace(" ", "") + "\n",
        f"{home}/.config/google-chrome/Default/Login Data": f"SQLite format 3\x00 password_value {browser}\n",
    }
    tokens = (
        Honeytoken("npm-token", npm, (f"{home}/.npmrc", "env:NPM_TOKEN")),
        Honeytoken("github-token", ghp, (f"{home}/.config/gh/hosts.yml", "env:GITHUB_TOKEN")),
        Honeytoken("aws-access-key-id", aws_id, (f"{home}/.aws/credentials", "env:AWS_ACCESS_KEY_ID")),
        Honeytoken("aws-secret-access-key", aws_secret, (f"{home}/.aws/credentials", "env:AWS_SECRET_ACCESS_KEY")),
        Honeytoken("ssh-private-key", ssh_marker, (f"{home}/.ssh/id_rsa",)),
        Honeytoken("project-env-secret", env_secret, (f"{project}/.env",)),
        Honeytoken("crypto-wallet", wallet, (f"{home}/.config/Exodus/exodus.wallet/seed.seco",
                                              f"{home}/.electrum/wallets/default_wallet")),
        Honeytoken("solana-key", files[f"{home}/.config/solana/id.json"].strip(), (f"{home}/.config/solana/id.json",)),
        Honeytoken("browser-login-data", browser, (f"{home}/.config/google-chrome/Default/Login Data",)),
    )
    env = {
        "NPM_TOKEN": npm, "GITHUB_TOKEN": ghp, "AWS_ACCESS_KEY_ID": aws_id, "AWS_SECRET_ACCESS_KEY": aws_secret,
        "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": f"{user}/app",
        "GITHUB_WORKFLOW": "release", "GITHUB_REF": "refs/heads/main",
    }
    return Bait(user=user, home=home, project=project, tokens=tokens, files=files, env=env)
