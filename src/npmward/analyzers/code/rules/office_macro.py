"""A package that plants macros where Office runs them, or turns Office's macro security off."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ... import linear_re
from ..view import FileView
from . import rule

MACRO_SECURITY = linear_re.compile_bytes(rb"\b(VBAWarnings|AccessVBOM|LoadMacroProviderOnBoot|blockcontentexecutionfrominternet)\b", ignore_case=True)
"""Office's registry values that let every macro run (VBAWarnings=1), let code rewrite the macro projects
(AccessVBOM), load Outlook's VBA project at start (LoadMacroProviderOnBoot) or run macros from downloaded files."""
REGISTRY_WRITE = re.compile(rb"""['"](reg(\.exe)?)['"]\s*,\s*\[\s*['"]add['"]|\breg(\.exe)?\s+add\b|\b(Set|New)-ItemProperty\b|REG_DWORD""", re.I)
TEMPLATE = linear_re.compile_bytes(rb"\b(Normal\.dotm|VbaProject\.OTM|PERSONAL\.XLSB)\b", ignore_case=True)
"""Word's global template, Outlook's VBA project and Excel's personal workbook: their macros run in every
document, at every start of Outlook, in every workbook."""
OFFICE_FOLDER = re.compile(rb"""['"](Templates|Outlook|XLSTART)['"\\/]|\\\\(Templates|Outlook|XLSTART)\\\\""", re.I)
HOME_PAGE = linear_re.compile_bytes(rb"""PropertyTag=\\?["']0x36DF\\?["']|\\WebView\\+(Inbox|Calendar|Contacts|Tasks)\b""", ignore_case=True)
"""Outlook's folder home page: the PR_FOLDER_WEBVIEWINFO property (0x36DF) set on a folder over EWS or MAPI (Ruler's
`--homepage`), or the `Outlook\\WebView\\Inbox` registry key's URL: Outlook renders that page, and runs its script,
each time the folder opens (MITRE T1137.004)."""
HOME_PAGE_WRITE = re.compile(rb"SetFolderField|UpdateFolder|\bSetProps\b|" + REGISTRY_WRITE.pattern, re.I)
COPIES = ("fs.copyFileSync", "fs.copyFile", "fs.promises.copyFile", "fs.writeFileSync", "fs.writeFile",
          "fs.promises.writeFile", "fs.renameSync", "fs.rename", "fs-extra.copySync", "fs-extra.copy")


@rule("office-macro", title="Plants Office macros or turns macro security off",
      description="Code that writes Office's macro-security values in the registry (VBAWarnings, AccessVBOM, "
                  "LoadMacroProviderOnBoot) or copies a file over Word's Normal.dotm, Outlook's VbaProject.OTM or "
                  "Excel's PERSONAL.XLSB in Office's own folders: macros that run in every document or at every start "
                  "of Outlook (template injection); or that sets an Outlook folder's home page (the PR_FOLDER_WEBVIEWINFO "
                  "property over EWS, the WebView registry key), whose script runs each time the folder opens. Critical at install, at load or in code the application runs; high "
                  "otherwise.",
      category="persistence", consumes=("text", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    text = view.text
    security = MACRO_SECURITY.search(text) if view.mentions(MACRO_SECURITY) else None
    if security is not None and REGISTRY_WRITE.search(text):
        run = next(iter(view.executions()), None)
        if run is not None:
            yield view.finding("office-macro", *view.unmistakable(run), "persistence",
                               f"Turns Office's macro security off in the registry ({security.group(0).decode()}), "
                               f"{view.run_text(run)}.", run, view.level(run))
            return
    home = HOME_PAGE.search(text) if view.mentions(HOME_PAGE) else None
    if home is not None and HOME_PAGE_WRITE.search(text):
        write = view.call_near(home.start())
        if write is not None:
            yield view.finding("office-macro", *view.unmistakable(write), "persistence",
                               "Sets an Outlook folder's home page (" + home.group(0).decode("utf-8", "replace").strip("\\") +
                               f"), whose script Outlook runs each time the folder opens, {view.run_text(write)}.",
                               write, view.level(write))
            return
    template = TEMPLATE.search(text) if view.mentions(TEMPLATE) else None
    if template is not None and OFFICE_FOLDER.search(text):
        write = next((f for f in view.of_kind("call") if f.value in COPIES), None)
        if write is not None:
            yield view.finding("office-macro", *view.unmistakable(write), "persistence",
                               f"Writes Office's {template.group(0).decode()} in Office's own folder, whose macros run in "
                               f"every document or at every start, {view.run_text(write)}.", write, view.level(write))
