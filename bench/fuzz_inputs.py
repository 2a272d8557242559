"""Fuzz npmward's readers of untrusted input with seeded mutations of real inputs.

    python bench/fuzz_inputs.py --count 10000 --seed 1            # every parser, 10,000 inputs each
    python bench/fuzz_inputs.py --parsers pnpm,npmrc --count 500   # some parsers
    python bench/fuzz_inputs.py --replay pnpm 1234 --seed 1        # write input #1234 to a file and run it

Parsers: each lockfile format (package-lock v1 and v2/v3, pnpm, yarn v1, yarn Berry, bun), `.npmrc`,
a project's `.npmward.yml` and `.npmwardignore.yml`, and the OSV import (a record file, or a ZIP of
records). Seeds are the real files of
`shared/fixtures` (shrunk to at most a few dozen entries per object, so one input takes
milliseconds) and a few hand-written `.npmrc` files. Input `i` of a parser is a pure function of
(seed, parser, i): a structural mutation of the decoded seed (a value of another type, a key
deleted or renamed, a subtree copied, nesting, huge or hostile strings) and/or a textual one
(truncation, flipped bytes, duplicated or deleted lines, YAML anchors and aliases, alias bombs).

Each input ends as one of: `parsed` (a result with content), `error` (a clean `NpmwardError`),
`internal` (any other exception: a crash), `hang` (no answer within the budget; the worker is
killed and restarted), `empty` (a lockfile read as having no packages although it has entries, or
an OSV import that stored nothing without saying so). The target is zero internal, hang and empty.
Inputs run in a worker process under a 2 GiB address-space limit, so a blow-up is a MemoryError
(an internal error), not a machine out of memory.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NPMWARD_SHARED_DIR", REPO.parent / "shared"))
LOCKS = SHARED / "fixtures" / "lockfiles"
OUTCOMES = ("parsed", "error", "internal", "hang", "empty")
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
MAX_ITEMS = 25
"""Entries kept per object or list when a seed is shrunk."""

PARSERS: dict[str, dict] = {
    "package-lock-v1": {"file": "package-lock.json", "kind": "json",
                        "seeds": ["package-lock-v1/colors.js/package-lock.json"]},
    "package-lock-v3": {"file": "package-lock.json", "kind": "json",
                        "seeds": ["package-lock-v3/npq/package-lock.json", "package-lock-v2/audit-ci/package-lock.json",
                                  "npm-shrinkwrap/firebase-tools/npm-shrinkwrap.json"]},
    "pnpm": {"file": "pnpm-lock.yaml", "kind": "yaml",
             "seeds": ["pnpm-5.3/audit-ci-pnpm-allowlisted-path/pnpm-lock.yaml", "pnpm-5.4/nhost-root/pnpm-lock.yaml",
                       "pnpm-6.0/vue2/pnpm-lock.yaml", "pnpm-9.0/has-vulnerabilities/pnpm-lock.yaml"]},
    "yarn-v1": {"file": "yarn.lock", "kind": "text", "seeds": ["yarn-v1/tap-with-yarn-lock/yarn.lock"]},
    "yarn-berry": {"file": "yarn.lock", "kind": "yaml",
                   "seeds": ["yarn-berry-monorepo/audit-ci-yarn-4-workspace/yarn.lock", "yarn-berry/corepack/yarn.lock"]},
    "bun": {"file": "bun.lock", "kind": "json", "seeds": ["bun/hono-benchmarks-routers/bun.lock"]},
    "npmrc": {"file": ".npmrc", "kind": "text", "seeds": []},
    "osv-import": {"file": "record.json", "kind": "json", "seeds": []},
    "npmward-yml": {"file": ".npmward.yml", "kind": "yaml", "seeds": []},
    "ignore-file": {"file": ".npmwardignore.yml", "kind": "yaml", "seeds": []},
}
CONFIG_SEEDS = {
    # Every key a project's .npmward.yml may hold (`fail_on` is the user's, refused from a project).
    "npmward-yml": [{"allowed_scripts": ["esbuild", "sharp@0.33.x", "@acme/native"],
                     "private_scopes": ["@acme", "@acme-internal"], "internal_names": ["billing-sdk"],
                     "rules": {"typosquat/name-similarity": "warn", "code/obfuscator-output": "ignore",
                               "install-script/fetch-and-execute": "block"},
                     "min_release_age": 3},
                    {"allowed_scripts": [], "private_scopes": ["@corp"]}],
    "ignore-file": [[{"rule": "code/shell-command", "package": "node-gyp@^9", "reason": "builds addons",
                      "expires": "2027-01-31", "path": "lib/build.js"},
                     {"id": "GHSA-grv7-fg5c-xmjg", "package": "braces@3.0.2", "reason": "not reachable",
                      "expires": "2026-12-31"}]],
}
NPMRC_SEEDS = [
    "registry=https://registry.npm.example/\n@acme:registry=https://npm.acme.example/repo/\n"
    "//npm.acme.example/repo/:_authToken=${NPM_TOKEN}\nalways-auth=true\nstrict-ssl=true\n",
    "; comment\n# another\nregistry = \"https://proxy.example:8443/npm/\"\n//proxy.example:8443/npm/:username=ci\n"
    "//proxy.example:8443/npm/:_password=c2VjcmV0\ncafile=/etc/ssl/certs/ca.pem\n",
    "_authToken=abc\n_auth=dXNlcjpwYXNz\nregistry=http://localhost:4873\n@x:registry=http://[::1]:4873/\n",
]
HOSTILE_STRINGS = ["", " ", "\x00", "\x1b[2J\x1b]0;pwned\x07", "..", "../../etc/passwd", "node_modules/", "@", "@@",
                   "npm:", "file:", "link:", "workspace:", "git+", "http://[::1", "https://", "${HOME}", "\\${X}",
                   "1" * 5000, "a" * 100_000, "__proto__", "constructor", "\u202e", "\ud800" * 0 + "é", "*", "&a",
                   "0.0.1-security", "-1", "1e999", "NaN"]


# --- inputs ------------------------------------------------------------------------------------

def _shrink(value, depth: int = 0):
    """The seed with every object and list cut to `MAX_ITEMS` entries (the root entry `""` kept)."""
    if isinstance(value, dict):
        keys = list(value)[:MAX_ITEMS]
        if "" in value and "" not in keys:
            keys.insert(0, "")
        return {k: _shrink(value[k], depth + 1) for k in keys}
    if isinstance(value, list):
        return [_shrink(v, depth + 1) for v in value[:MAX_ITEMS]]
    return value


def _bun_json(text: str):
    import re
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", text))


def load_seeds(parser: str) -> list:
    spec = PARSERS[parser]
    if parser == "npmrc":
        return list(NPMRC_SEEDS)
    if parser == "osv-import":
        return [json.loads(p.read_text()) for p in sorted((SHARED / "fixtures" / "osv").rglob("*.json"))]
    if parser in CONFIG_SEEDS:
        return [[doc] for doc in CONFIG_SEEDS[parser]]
    seeds = []
    for rel in spec["seeds"]:
        text = (LOCKS / rel).read_text()
        if spec["kind"] == "text":
            lines = text.splitlines(keepends=True)[:400]
            seeds.append("".join(lines))
        elif spec["kind"] == "yaml":
            docs = list(yaml.safe_load_all(text))
            seeds.append([_shrink(d) for d in docs])
        else:
            seeds.append(_shrink(_bun_json(text) if parser == "bun" else json.loads(text)))
    return seeds


def _random_value(rnd: random.Random, depth: int = 0):
    choice = rnd.randrange(12)
    if choice == 0:
        return None
    if choice == 1:
        return rnd.choice([True, False])
    if choice == 2:
        return rnd.choice([0, -1, 1, 2, 3, 9, 10 ** 30, 2 ** 63])
    if choice == 3:
        return rnd.choice([0.5, 1e308, -0.0, 5.3, 9.0])
    if choice in (4, 5):
        return rnd.choice(HOSTILE_STRINGS)
    if choice == 6:
        return "".join(chr(rnd.randrange(0, 0x3000)) for _ in range(rnd.randrange(1, 20)))
    if choice == 7 and depth < 3:
        return [_random_value(rnd, depth + 1) for _ in range(rnd.randrange(0, 4))]
    if choice == 8 and depth < 3:
        return {rnd.choice(HOSTILE_STRINGS[:20]) + str(i): _random_value(rnd, depth + 1) for i in range(rnd.randrange(0, 4))}
    if choice == 9:
        nested: object = []
        for _ in range(rnd.choice([10, 100, 300])):
            nested = [nested]
        return nested
    if choice == 10:
        return {}
    return []


def _containers(value, path=()):
    """(path, container) of every object and list in `value`."""
    out = []
    stack = [(path, value)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            out.append((where, node))
            stack.extend((where + (k,), v) for k, v in node.items())
        elif isinstance(node, list):
            out.append((where, node))
            stack.extend((where + (i,), v) for i, v in enumerate(node))
    return out


def mutate_structure(rnd: random.Random, doc):
    """The decoded document with 1-3 structural mutations (it is a fresh copy each time)."""
    doc = json.loads(json.dumps(doc, default=str))
    for _ in range(rnd.randint(1, 3)):
        containers = _containers(doc)
        if not containers:
            return _random_value(rnd)
        _, node = rnd.choice(containers)
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        op = rnd.randrange(6)
        if not keys or op == 0:
            if isinstance(node, dict):
                node[rnd.choice(HOSTILE_STRINGS[:22])] = _random_value(rnd)
            else:
                node.append(_random_value(rnd))
            continue
        key = rnd.choice(keys)
        if op == 1:
            node[key] = _random_value(rnd)
        elif op == 2:
            del node[key]
        elif op == 3 and isinstance(node, dict):
            node[rnd.choice(HOSTILE_STRINGS)] = node.pop(key)
        elif op == 4:
            node[key] = rnd.choice([[node[key]], {"x": node[key]}, str(node[key])[:50]])
        else:
            other = rnd.choice(containers)[1]
            if other is not node and isinstance(other, dict):
                other[str(key)] = json.loads(json.dumps(node[key], default=str))
    return doc


def mutate_text(rnd: random.Random, text: str, yaml_like: bool) -> str:
    for _ in range(rnd.randint(1, 2)):
        op = rnd.randrange(9 if yaml_like else 7)
        lines = text.splitlines(keepends=True) or [""]
        if op == 0 and text:
            text = text[:rnd.randrange(len(text))]
        elif op == 1 and text:
            at = rnd.randrange(len(text))
            text = text[:at] + chr(rnd.randrange(0, 256)) + text[at + 1:]
        elif op == 2:
            i = rnd.randrange(len(lines))
            lines.insert(i, lines[i] * rnd.choice([1, 2, 50]))
            text = "".join(lines)
        elif op == 3:
            del lines[rnd.randrange(len(lines))]
            text = "".join(lines)
        elif op == 4:
            at = rnd.randrange(len(text) + 1)
            text = text[:at] + rnd.choice(['"', "{", "[", "}", "]", ",", ":", "\n", "\t", "  ", "#", "\\", "\ufeff"]) + text[at:]
        elif op == 5:
            i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
        elif op == 6:
            at = rnd.randrange(len(text) + 1)
            text = text[:at] + rnd.choice(HOSTILE_STRINGS[:24]) + text[at:]
        elif op == 7:  # anchors and aliases on random values
            import re
            spots = [m.start(1) for m in re.finditer(r":[ ]+(\S)", text)]
            if len(spots) >= 2:
                a, b = sorted(rnd.sample(spots, 2))
                end = text.find("\n", b)
                end = len(text) if end == -1 else end
                text = text[:a] + "&x " + text[a:b] + "*x" + text[end:]
        else:  # an alias bomb before the document, referenced from a value
            bomb = "l0: &l0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + "".join(
                f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, 9))
            import re
            spots = [m.start(1) for m in re.finditer(r":[ ]+(\S)", text)]
            if spots:
                at = rnd.choice(spots)
                end = text.find("\n", at)
                end = len(text) if end == -1 else end
                text = bomb + text[:at] + "*l8" + text[end:]
    return text


def make_input(parser: str, seeds: list, seed: int, index: int) -> bytes:
    """Input `index` of `parser` (deterministic)."""
    rnd = random.Random(f"{seed}:{parser}:{index}")
    spec = PARSERS[parser]
    base = rnd.choice(seeds)
    structural = spec["kind"] in ("json", "yaml") and rnd.random() < 0.7
    if spec["kind"] == "yaml":
        docs = [mutate_structure(rnd, d) if structural and isinstance(d, (dict, list)) else d for d in base]
        try:
            text = yaml.dump_all(docs if len(docs) > 1 else docs[:1], Dumper=_DUMPER, sort_keys=False,
                                 allow_unicode=True, explicit_start=len(docs) > 1)
        except RecursionError:  # PyYAML's dumper recurses; JSON is YAML too
            text = "\n---\n".join(json.dumps(d) for d in docs)
    elif spec["kind"] == "json":
        value = mutate_structure(rnd, base) if structural else base
        text = json.dumps(value, indent=rnd.choice([None, 2]))
        if parser == "bun" and rnd.random() < 0.5:
            text = text.replace("}", ",}").replace("],}", "]}")
    else:
        text = base
    if not structural or rnd.random() < 0.3:
        text = mutate_text(rnd, text, yaml_like=spec["kind"] == "yaml")
    data = text.encode("utf-8", "surrogatepass")
    if parser == "osv-import" and rnd.random() < 0.25:
        data = _zip_of(rnd, data)
    return data


def _zip_of(rnd: random.Random, record: bytes) -> bytes:
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=rnd.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])) as archive:
        for i in range(rnd.randint(0, 3)):
            name = rnd.choice(["GHSA-x.json", f"MAL-{i}.json", "dir/", "../evil.json", "a.txt", "/abs.json"])
            archive.writestr(name, record if rnd.random() < 0.8 else b"\x00" * rnd.randrange(100))
    data = buffer.getvalue()
    if rnd.random() < 0.2 and data:
        at = rnd.randrange(len(data))
        data = data[:at] + bytes([rnd.randrange(256)]) + data[at + 1:]
    return data


# --- running one input -------------------------------------------------------------------------

def _declared_entries(parser: str, data: bytes) -> int | None:
    """How many package entries the input visibly has (None when its structure cannot tell)."""
    try:
        text = data.decode("utf-8")
        if parser == "yarn-v1":
            return sum(1 for line in text.splitlines() if line and not line[0].isspace() and not line.startswith("#"))
        if parser in ("pnpm", "yarn-berry"):
            from npmward.yamlload import load_yaml
            docs = [d for d in load_yaml(text, "x", documents=True) if isinstance(d, dict)]
            if parser == "yarn-berry":
                return sum(1 for doc in docs for k in doc if k != "__metadata")
            return sum(len(doc.get(f) or {}) for doc in docs for f in ("packages", "snapshots"))
        doc = _bun_json(text) if parser == "bun" else json.loads(text)
        if parser == "package-lock-v1" or (parser == "package-lock-v3" and doc.get("lockfileVersion") == 1):
            return len(doc.get("dependencies") or {})
        if parser == "package-lock-v3":
            return sum(1 for k, v in (doc.get("packages") or {}).items() if k and not (isinstance(v, dict) and v.get("link")))
        return len(doc.get("packages") or {})
    except Exception:  # noqa: BLE001 - an input whose structure cannot be told
        return None


def run_input(parser: str, data: bytes, workdir: Path) -> tuple[str, str]:
    """(outcome, detail) of one input; never raises."""
    from npmward.errors import NpmwardError

    for child in workdir.iterdir():
        if child.is_file():
            child.unlink()
    spec = PARSERS[parser]
    try:
        if parser == "npmrc":
            return _run_npmrc(data, workdir)
        if parser == "osv-import":
            return _run_osv(data, workdir)
        if parser in CONFIG_SEEDS:
            return _run_config(parser, data, workdir)
        from npmward.lockfiles import read_lockfile
        path = workdir / spec["file"]
        path.write_bytes(data)
        graph = read_lockfile(path)
        chains = getattr(graph, "chains", None)  # absent in older npmward: lets the bench measure it too
        for package in graph.packages:
            if chains is not None:
                chains(package.key)
            _ = (package.id.purl, package.registry_name)
        _audit(graph, workdir)
        if not graph.packages and _declared_entries(parser, data) != 0:
            return "empty", f"0 packages, {_declared_entries(parser, data)} entries declared"
        return "parsed", f"{len(graph.packages)} packages"
    except NpmwardError as exc:
        return "error", str(exc)[:300]
    except BaseException as exc:  # noqa: BLE001 - what the fuzzer is looking for
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
        return "internal", f"{type(exc).__name__}{where}: {str(exc)[:200]}"


_DB = None


def _audit(graph, workdir: Path) -> None:
    """The audit of the graph against the shared OSV records (matching, fixes, hygiene, chains)."""
    global _DB
    from npmward.advisories import AdvisoryDB
    from npmward.pipeline import audit_graph
    from npmward.registry import NpmConfig
    from npmward.settings import Settings

    if _DB is None:
        _DB = Path(tempfile.mkdtemp(prefix="npmward-fuzz-db-"))
        with AdvisoryDB.open(_DB) as db:
            db.import_path(SHARED / "fixtures" / "osv")
    audit_graph(graph, Settings(cache_dir=_DB), npm_config=NpmConfig())


def _run_npmrc(data: bytes, workdir: Path) -> tuple[str, str]:
    from npmward.registry import load_npm_config

    (workdir / "package.json").write_text("{}")
    (workdir / ".npmrc").write_bytes(data)
    env = {"HOME": str(workdir / "home"), "NPM_TOKEN": "fake-token-for-fuzzing"}
    config = load_npm_config(workdir, env=env, home=workdir / "home")
    for url in [config.registry, *config.scopes.values(), "https://registry.npmjs.org/a/-/a-1.0.0.tgz"]:
        config.auth_headers(url)
        config.registry_for("@acme/x")
    config.summary()
    return "parsed", f"{len(config.auth)} credentials"


def _run_config(parser: str, data: bytes, workdir: Path) -> tuple[str, str]:
    """A project's `.npmward.yml` (settings and policy, as every command reads them) or its ignore file."""
    import datetime as dt

    from npmward.policy import load_ignores, load_policy
    from npmward.settings import load_settings

    (workdir / PARSERS[parser]["file"]).write_bytes(data)
    if parser == "ignore-file":
        return "parsed", f"{len(load_ignores(workdir))} entries"
    load_settings(workdir)
    policy = load_policy(workdir, today=dt.date(2026, 12, 2))
    return "parsed", f"{len(policy.allowed_scripts)} allowed scripts"


_OSV_DB = None


def _run_osv(data: bytes, workdir: Path) -> tuple[str, str]:
    """Import the input in place of the previous one (one database per worker), then look up and
    match every name it stored, as an audit would."""
    global _OSV_DB
    from npmward.advisories import AdvisoryDB
    from npmward.advisories.match import affects

    name = "export.zip" if data[:2] == b"PK" else "record.json"
    (workdir / name).write_bytes(data)
    if _OSV_DB is None:
        _OSV_DB = AdvisoryDB.open(Path(tempfile.mkdtemp(prefix="npmward-fuzz-osv-")))
    db = _OSV_DB
    result = db.import_path(workdir / name, replace=True)
    names = [row[0] for row in db.conn.execute("SELECT DISTINCT name FROM packages")]
    for key, advisories in db.lookup(names).items():
        for advisory in advisories:
            affects(advisory, key, "1.0.0")
    if result.records == 0:
        return "empty", "0 records imported without an error"
    return "parsed", f"{result.records} records"


# --- worker and driver -------------------------------------------------------------------------

def worker(parser: str, seed: int, start: int, count: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024 ** 3, 2 * 1024 ** 3))
    seeds = load_seeds(parser)
    with tempfile.TemporaryDirectory(prefix="npmward-fuzz-") as tmp:
        workdir = Path(tmp)
        for index in range(start, start + count):
            began = time.perf_counter()
            try:
                outcome, detail = run_input(parser, make_input(parser, seeds, seed, index), workdir)
            except MemoryError:
                outcome, detail = "internal", "MemoryError while generating or running"
            print(json.dumps({"i": index, "outcome": outcome, "detail": detail,
                              "seconds": round(time.perf_counter() - began, 4)}), flush=True)


def run_fuzz(parser: str, seed: int, count: int, budget: float = 5.0) -> dict:
    """Run inputs 0..count-1 of `parser` in worker processes; counts per outcome and examples."""
    counts = {o: 0 for o in OUTCOMES}
    examples: dict[str, list] = {o: [] for o in OUTCOMES}
    slowest = (0.0, None)
    next_index = 0
    while next_index < count:
        errors = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a full pipe would block the worker
        proc = subprocess.Popen([sys.executable, __file__, "--worker", parser, "--seed", str(seed),
                                 "--start", str(next_index), "--count", str(count - next_index)],
                                stdout=subprocess.PIPE, stderr=errors, text=True, start_new_session=True)
        deadline = time.monotonic() + budget + 10  # start-up allowance for the first input
        while next_index < count:
            ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:  # the input `next_index` is over budget
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                counts["hang"] += 1
                examples["hang"].append((next_index, f"no answer within {budget} s"))
                next_index += 1
                break
            line = proc.stdout.readline()
            if not line:  # the worker died (a crash in C code, or killed by the limit)
                proc.wait()
                errors.seek(0)
                err = errors.read()[-300:]
                counts["internal"] += 1
                examples["internal"].append((next_index, f"worker died ({proc.returncode}): {err}"))
                next_index += 1
                break
            result = json.loads(line)
            counts[result["outcome"]] += 1
            if len(examples[result["outcome"]]) < 5:
                examples[result["outcome"]].append((result["i"], result["detail"]))
            if result["seconds"] > slowest[0]:
                slowest = (result["seconds"], result["i"])
            next_index = result["i"] + 1
            deadline = time.monotonic() + budget
        else:
            proc.wait()
        errors.close()
    return {"parser": parser, "seed": seed, "inputs": count, "counts": counts, "examples": examples,
            "slowest_seconds": slowest[0], "slowest_input": slowest[1]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, default=5.0, help="seconds one input may take")
    parser.add_argument("--parsers", default=",".join(PARSERS))
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    parser.add_argument("--replay", nargs=2, metavar=("PARSER", "INDEX"))
    parser.add_argument("--worker")
    parser.add_argument("--start", type=int, default=0)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.seed, args.start, args.count)
        return 0
    if args.replay:
        name, index = args.replay[0], int(args.replay[1])
        data = make_input(name, load_seeds(name), args.seed, index)
        out = Path(f"fuzz-{name}-{args.seed}-{index}-{PARSERS[name]['file'].lstrip('.')}")
        out.write_bytes(data)
        print(f"wrote {out} ({len(data)} bytes)")
        with tempfile.TemporaryDirectory() as tmp:
            print(run_input(name, data, Path(tmp)))
        return 0
    results = []
    print(f"| parser | inputs | parsed | clean errors | internal errors | hangs (> {args.budget:g} s) | empty clean | slowest |")
    print("|---|---|---|---|---|---|---|---|")
    for name in args.parsers.split(","):
        began = time.perf_counter()
        result = run_fuzz(name, args.seed, args.count, args.budget)
        result["wall_seconds"] = round(time.perf_counter() - began, 1)
        results.append(result)
        c = result["counts"]
        print(f"| {name} | {args.count} | {c['parsed']} | {c['error']} | {c['internal']} | {c['hang']} | {c['empty']} "
              f"| {result['slowest_seconds']:.2f} s |", flush=True)
        for outcome in ("internal", "hang", "empty"):
            for index, detail in result["examples"][outcome]:
                print(f"    {outcome} #{index}: {detail}", file=sys.stderr)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2))
    return 0 if all(r["counts"][o] == 0 for r in results for o in ("internal", "hang", "empty")) else 1


if __name__ == "__main__":
    sys.exit(main())
