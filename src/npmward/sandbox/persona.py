"""Who the sandbox pretends to be: an ordinary CI job in a Debian container or a developer's Debian
laptop, drawn at random per run (user, uid, home, project path, host name, machine id, environment,
/etc files), so that no constant value tells a package it is being watched.

The host's /usr is what the sandbox runs (Debian here), so both personas are Debian-based: a CI job
in a `node:*-bookworm` image or a Debian desktop. What still gives the sandbox away is listed in
docs/sandbox.md.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from typing import Mapping

FIRST_NAMES = ("alice", "ben", "carla", "dmitri", "elena", "farid", "grace", "hugo", "ines", "jonas", "kim",
               "lena", "marco", "nadia", "omar", "priya", "quentin", "rosa", "sven", "tariq", "uma", "victor",
               "wei", "yara", "zoe")
LAPTOPS = ("thinkpad-t14", "thinkpad-x1", "xps-13", "xps-15", "latitude-5440", "framework", "zenbook",
           "precision-3581", "elitebook-840", "desktop")
PROJECTS = ("web-app", "api-server", "dashboard", "frontend", "billing-service", "storefront", "admin-ui",
            "landing", "docs-site", "mobile-bff", "checkout", "auth-service")
ORGS = ("acme-corp", "northwind", "globex", "initech", "umbrella-labs", "hooli", "contoso", "wayne-tech")
SYSTEM_USERS = (
    "root:x:0:0:root:/root:/bin/bash", "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin",
    "bin:x:2:2:bin:/bin:/usr/sbin/nologin", "sys:x:3:3:sys:/dev:/usr/sbin/nologin",
    "sync:x:4:65534:sync:/bin:/bin/sync", "games:x:5:60:games:/usr/games:/usr/sbin/nologin",
    "man:x:6:12:man:/var/cache/man:/usr/sbin/nologin", "lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin",
    "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin", "news:x:9:9:news:/var/spool/news:/usr/sbin/nologin",
    "uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin", "proxy:x:13:13:proxy:/bin:/usr/sbin/nologin",
    "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin", "backup:x:34:34:backup:/var/backups:/usr/sbin/nologin",
    "list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin", "irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin",
    "_apt:x:42:65534::/nonexistent:/usr/sbin/nologin", "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin",
)
LAPTOP_USERS = (
    "systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin",
    "systemd-timesync:x:997:997:systemd Time Synchronization:/:/usr/sbin/nologin",
    "messagebus:x:100:107::/nonexistent:/usr/sbin/nologin", "avahi:x:101:109:Avahi mDNS daemon,,,:/run/avahi-daemon:/usr/sbin/nologin",
    "sshd:x:102:65534::/run/sshd:/usr/sbin/nologin", "colord:x:103:110:colord colour management daemon,,,:/var/lib/colord:/usr/sbin/nologin",
)
SYSTEM_GROUPS = ("root:x:0:", "daemon:x:1:", "bin:x:2:", "sys:x:3:", "adm:x:4:", "tty:x:5:", "disk:x:6:", "lp:x:7:",
                 "mail:x:8:", "news:x:9:", "uucp:x:10:", "man:x:12:", "proxy:x:13:", "kmem:x:15:", "dialout:x:20:",
                 "cdrom:x:24:", "sudo:x:27:", "audio:x:29:", "www-data:x:33:", "backup:x:34:", "operator:x:37:",
                 "list:x:38:", "irc:x:39:", "src:x:40:", "shadow:x:42:", "utmp:x:43:", "video:x:44:", "sasl:x:45:",
                 "plugdev:x:46:", "staff:x:50:", "games:x:60:", "users:x:100:", "nogroup:x:65534:")


def _pick(options):
    return options[secrets.randbelow(len(options))]


def _digits(n: int) -> str:
    return "".join(secrets.choice(string.digits) for _ in range(n))


@dataclass(frozen=True)
class Persona:
    """The identity of one sandbox run."""

    kind: str
    """`ci` (a CI job in a node:bookworm container) or `laptop` (a developer's Debian desktop)."""
    user: str
    """Login name of the user the package runs as."""
    uid: int
    """Its uid inside the sandbox (mapped to an unprivileged uid outside)."""
    home: str
    """Its home directory."""
    project: str
    """The project directory the package is installed into."""
    hostname: str
    machine_id: str
    """Contents of /etc/machine-id (32 hex digits)."""
    env: Mapping[str, str] = field(default_factory=dict)
    """The environment every phase starts with (honeytoken variables are added by the bait)."""
    etc: Mapping[str, str] = field(default_factory=dict)
    """File name under /etc -> contents (passwd, group, hosts, hostname, resolv.conf, machine-id, ...)."""

    @property
    def identity_values(self) -> dict[str, str]:
        """Values that identify this host: seen leaving, they show a package reporting where it runs."""
        return {"host-name": self.hostname, "user-name": self.user, "machine-id": self.machine_id}


def _ci_persona() -> Persona:
    org, repo = _pick(ORGS), _pick(PROJECTS)
    hostname = secrets.token_hex(6)  # a Docker container's default host name: its short id
    user, uid, home = "node", 1000, "/home/node"  # the node:*-bookworm images' user
    project = f"/builds/{org}/{repo}"
    run_id = _digits(10)
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": home, "USER": user, "LOGNAME": user, "SHELL": "/bin/bash", "HOSTNAME": hostname,
        "LANG": "C.UTF-8", "YARN_VERSION": "1.22.22", "CI": "true",
        "GITLAB_CI": "true", "CI_SERVER": "yes", "CI_SERVER_NAME": "GitLab", "CI_SERVER_HOST": "gitlab.com",
        "CI_SERVER_URL": "https://gitlab.com", "CI_PROJECT_NAME": repo, "CI_PROJECT_NAMESPACE": org,
        "CI_PROJECT_PATH": f"{org}/{repo}", "CI_PROJECT_DIR": project, "CI_PROJECT_ID": _digits(8),
        "CI_PROJECT_URL": f"https://gitlab.com/{org}/{repo}", "CI_PIPELINE_ID": run_id,
        "CI_PIPELINE_SOURCE": _pick(("push", "merge_request_event", "schedule")), "CI_JOB_ID": _digits(10),
        "CI_JOB_NAME": _pick(("install", "build", "test", "lint")), "CI_JOB_STAGE": _pick(("build", "test")),
        "CI_COMMIT_SHA": secrets.token_hex(20), "CI_COMMIT_REF_NAME": _pick(("main", "master", "develop")),
        "CI_COMMIT_BRANCH": "main", "CI_DEFAULT_BRANCH": "main", "CI_RUNNER_ID": _digits(8),
        "CI_RUNNER_DESCRIPTION": f"{_pick(('blue', 'green', 'shared', 'saas-linux-small'))}-{_digits(1)}.saas-linux-small-amd64.runners-manager.gitlab.com/default",
        "CI_RUNNER_TAGS": '["saas-linux-small-amd64"]', "CI_CONCURRENT_ID": _digits(2),
        "GITLAB_USER_LOGIN": _pick(FIRST_NAMES) + _digits(2), "FF_USE_FASTZIP": "true",
    }
    return _persona("ci", user, uid, home, project, hostname, env, SYSTEM_USERS + ("node:x:1000:1000::/home/node:/bin/bash",))


def _laptop_persona() -> Persona:
    user = _pick(FIRST_NAMES)
    uid, home = 1000, f"/home/{user}"
    hostname = f"{user}-{_pick(LAPTOPS)}"
    project = f"{home}/{_pick(('code', 'src', 'projects', 'work', 'dev'))}/{_pick(PROJECTS)}"
    env = {
        "PATH": f"{home}/.local/bin:/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games",
        "HOME": home, "USER": user, "LOGNAME": user, "SHELL": "/bin/bash", "LANG": "en_US.UTF-8",
        "LANGUAGE": "en_US:en", "TERM": "xterm-256color", "COLORTERM": "truecolor", "EDITOR": _pick(("vim", "nano", "code --wait")),
        "DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME",
        "XDG_RUNTIME_DIR": f"/run/user/{uid}", "XDG_DATA_DIRS": "/usr/share/gnome:/usr/local/share/:/usr/share/",
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path=/run/user/{uid}/bus", "DESKTOP_SESSION": "gnome",
        "SSH_AUTH_SOCK": f"/run/user/{uid}/keyring/ssh", "PWD": project, "SHLVL": "1",
        "OLDPWD": home, "HISTSIZE": "10000",
    }
    users = SYSTEM_USERS + LAPTOP_USERS + (f"{user}:x:{uid}:{uid}:{user.capitalize()},,,:{home}:/bin/bash",)
    return _persona("laptop", user, uid, home, project, hostname, env, users)


def _persona(kind: str, user: str, uid: int, home: str, project: str, hostname: str, env: dict[str, str],
             users: tuple[str, ...]) -> Persona:
    machine_id = secrets.token_hex(16)
    groups = SYSTEM_GROUPS + (f"{user}:x:{uid}:",)
    if kind == "laptop":
        groups = tuple(g + user if g.split(":")[0] in ("sudo", "adm", "plugdev", "audio", "video") else g for g in groups)
    etc = {
        "passwd": "\n".join(users) + "\n",
        "group": "\n".join(groups) + "\n",
        "hostname": hostname + "\n",
        "hosts": f"127.0.0.1\tlocalhost\n127.0.1.1\t{hostname}\n::1\tlocalhost ip6-localhost ip6-loopback\n"
                 "ff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n",
        # systemd-resolved's stub, as on Ubuntu/Debian desktops and GitHub's and GitLab's runners.
        "resolv.conf": "nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n",
        "nsswitch.conf": "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\n"
                         "protocols: db files\nservices: db files\nethers: db files\nrpc: db files\n",
        "machine-id": machine_id + "\n",
        "timezone": _pick(("Etc/UTC", "Europe/Berlin", "America/New_York", "Europe/London", "Asia/Singapore")) + "\n",
    }
    return Persona(kind, user, uid, home, project, hostname, machine_id, env, etc)


def make_persona(kind: str | None = None) -> Persona:
    """A fresh random persona (`kind` None draws CI or laptop at random)."""
    kind = kind or _pick(("ci", "laptop"))
    return _ci_persona() if kind == "ci" else _laptop_persona()
