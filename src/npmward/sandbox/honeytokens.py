"""Bait planted in the sandbox, unique per run: credentials in files and in the environment.

Every value is random per run, so seeing one of them anywhere outside (a sink, a DNS name) proves the
package read it and sent it. The formats are the real ones (npm_, ghp_, AKIA) so that a stealer's
regular expressions match them; the values are random and belong to no account.
"""

from __future__ import annotations

import base64
import json
import secrets
import string
from dataclasses import dataclass, field
from typing import Mapping

from .persona import Persona, make_persona

ALNUM = string.ascii_letters + string.digits
REGISTRY_HOST = "registry.npmjs.org"


def _rand(n: int, alphabet: str = ALNUM) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(n))


@dataclass(frozen=True)
class Honeytoken:
    """One planted secret."""

    name: str
    """What it imitates (`npm-token`, `aws-secret-access-key`, `ssh-private-key`, ...)."""
    value: str
    """The secret itself (never printed whole in a report; see `redacted`)."""
    locations: tuple[str, ...]
    """Where it is planted: file paths (absolute, inside the sandbox) and `env:NAME`."""

    @property
    def redacted(self) -> str:
        return f"{self.value[:6]}...({len(self.value)} chars)"


@dataclass(frozen=True)
class Bait:
    """The persona of one run with all its honeytokens and the files and environment that carry them."""

    persona: Persona
    tokens: tuple[Honeytoken, ...]
    files: Mapping[str, str] = field(default_factory=dict)
    """Absolute path inside the sandbox -> content."""
    env: Mapping[str, str] = field(default_factory=dict)
    """The persona's environment plus the honeytoken variables."""

    @property
    def user(self) -> str:
        return self.persona.user

    @property
    def home(self) -> str:
        return self.persona.home

    @property
    def project(self) -> str:
        return self.persona.project

    @property
    def token_files(self) -> frozenset[str]:
        return frozenset(loc for t in self.tokens for loc in t.locations if loc.startswith("/"))

    def secrets_by_name(self) -> dict[str, str]:
        """Honeytoken name -> value, plus the identity values (host name, user, machine id), for matching."""
        return {**{t.name: t.value for t in self.tokens}, **self.persona.identity_values}


def make_bait(persona: Persona | None = None) -> Bait:
    p = persona or make_persona()
    home, project = p.home, p.project
    npm = "npm_" + _rand(36)
    ghp = "ghp_" + _rand(36)
    aws_id = "AKIA" + _rand(16, string.ascii_uppercase + string.digits)
    aws_secret = _rand(40, ALNUM + "+/")
    ssh_marker = _rand(48)
    wallet = _rand(32)
    solana = [secrets.randbelow(256) for _ in range(64)]
    browser = _rand(24)
    env_secret = "sk_live_" + _rand(24)
    docker_pw = "dckr_pat_" + _rand(27, ALNUM + "-_")
    docker_auth = base64.b64encode(f"{p.user}:{docker_pw}".encode()).decode()
    ssh_body = "\n".join([ssh_marker] + [_rand(64) for _ in range(6)])
    files = {
        f"{home}/.npmrc": f"//{REGISTRY_HOST}/:_authToken={npm}\naudit=false\nfund=false\nupdate-notifier=false\nforeground-scripts=true\n",
        f"{home}/.ssh/id_rsa": f"-----BEGIN OPENSSH PRIVATE KEY-----\n{ssh_body}\n-----END OPENSSH PRIVATE KEY-----\n",
        f"{home}/.ssh/known_hosts": "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n",
        f"{home}/.aws/credentials": f"[default]\naws_access_key_id = {aws_id}\naws_secret_access_key = {aws_secret}\n",
        f"{home}/.aws/config": "[default]\nregion = eu-west-1\noutput = json\n",
        f"{home}/.config/gh/hosts.yml": f"github.com:\n    oauth_token: {ghp}\n    user: {p.user}\n    git_protocol: https\n",
        f"{home}/.docker/config.json": json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": docker_auth}}}, indent=1) + "\n",
        f"{home}/.gitconfig": f"[user]\n\tname = {p.user.capitalize()}\n\temail = {p.user}@example.com\n[init]\n\tdefaultBranch = main\n",
        f"{project}/.env": f"DATABASE_URL=postgres://app:{env_secret}@db.internal.example/app\nSTRIPE_KEY={env_secret}\n",
        f"{home}/.config/Exodus/exodus.wallet/seed.seco": f"SECO-v1 {wallet}\n",
        f"{home}/.electrum/wallets/default_wallet": '{"seed_version": 52, "keystore": {"xprv": "xprv' + wallet + '"}}\n',
        f"{home}/.config/solana/id.json": str(solana).replace(" ", "") + "\n",
        f"{home}/.config/google-chrome/Default/Login Data": f"SQLite format 3\x00 password_value {browser}\n",
        f"{home}/.bash_history": "npm install\ngit status\ngit pull\nnpm run build\nnpm test\n",
    }
    tokens = (
        Honeytoken("npm-token", npm, (f"{home}/.npmrc", "env:NPM_TOKEN")),
        Honeytoken("github-token", ghp, (f"{home}/.config/gh/hosts.yml", "env:GITHUB_TOKEN")),
        Honeytoken("aws-access-key-id", aws_id, (f"{home}/.aws/credentials", "env:AWS_ACCESS_KEY_ID")),
        Honeytoken("aws-secret-access-key", aws_secret, (f"{home}/.aws/credentials", "env:AWS_SECRET_ACCESS_KEY")),
        Honeytoken("ssh-private-key", ssh_marker, (f"{home}/.ssh/id_rsa",)),
        Honeytoken("docker-token", docker_pw, (f"{home}/.docker/config.json",)),
        Honeytoken("project-env-secret", env_secret, (f"{project}/.env",)),
        Honeytoken("crypto-wallet", wallet, (f"{home}/.config/Exodus/exodus.wallet/seed.seco",
                                              f"{home}/.electrum/wallets/default_wallet")),
        Honeytoken("solana-key", files[f"{home}/.config/solana/id.json"].strip(), (f"{home}/.config/solana/id.json",)),
        Honeytoken("browser-login-data", browser, (f"{home}/.config/google-chrome/Default/Login Data",)),
    )
    env = {**p.env, "NPM_TOKEN": npm, "GITHUB_TOKEN": ghp}
    if p.kind == "ci":  # CI jobs carry deploy credentials in variables
        env.update({"AWS_ACCESS_KEY_ID": aws_id, "AWS_SECRET_ACCESS_KEY": aws_secret, "AWS_DEFAULT_REGION": "eu-west-1"})
    return Bait(persona=p, tokens=tokens, files=files, env=env)
