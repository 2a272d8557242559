"""The dashboard as a person sees it, in headless Chromium: pages load, plots render with real
geometry, the risky path is highlighted, and triage changes a finding's state in place."""

from __future__ import annotations

import pytest

from conftest import TOKEN


@pytest.fixture
def page(browser, live, tmp_path):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield opened
    context.close()
    assert errors == []  # no script error, no CSP violation, no failed static file


def test_the_portfolio_shows_projects_and_its_plots_render(page, live, tmp_path):
    shots = tmp_path
    page.goto(live.url + "/")
    assert page.locator("#projects tbody tr").count() == 3
    assert page.locator("#projects tbody tr").first.inner_text().startswith("web")  # worst project first
    assert page.inner_text("#total-malicious") == "1"
    line = page.locator("#trend svg path.series-malicious").bounding_box()
    assert line is not None and line["width"] > 100 and line["height"] > 20  # drawn, and it rises from 0 to 1
    page.screenshot(path=str(shots / "portfolio.png"), full_page=True)
    bars = page.locator("#levels svg rect.bar")
    assert bars.count() >= 4 and bars.first.bounding_box()["width"] > 1
    assert page.locator("#levels svg rect.bar-malicious").count() == 1


def test_the_project_page_highlights_the_risky_path(page, live):
    page.goto(f"{live.url}/projects/{live.ids['web']}")
    node = page.locator("#tree li.risky-malicious > .name", has_text="event-stream-helper@1.0.1")
    assert node.is_visible()
    assert node.evaluate("e => getComputedStyle(e).color") == "rgb(198, 40, 40)"
    chain = page.locator("#tree li:has(> .name:text-is('body-parser@1.20.3')) li.risky-malicious")
    assert chain.count() == 1  # the malicious package sits under the chain that brings it in
    assert page.locator("#findings tbody tr.finding").count() == 4  # exfiltration, diff, provenance, advisory
    assert page.locator(".triage-form").count() == 0  # not signed in: nothing to click


def test_triage_changes_the_state_in_place_and_is_kept(page, live, tmp_path):
    page.goto(live.url + "/login")
    page.fill("input[name=name]", "hana")
    page.fill("input[name=token]", TOKEN)
    page.click("form.login button")
    page.wait_for_url(live.url + "/")
    page.goto(f"{live.url}/projects/{live.ids['web']}")
    row = page.locator(f"#finding-{live.ids['exfil']}")
    row.locator("input[name=reason]").fill("internal test fixture, not shipped")
    row.locator("button.b-fp").click()
    page.locator(f"#finding-{live.ids['exfil']} .state[data-state=false_positive]").wait_for(timeout=10_000)
    page.screenshot(path=str(tmp_path / "project-triaged.png"), full_page=True)
    assert "by hana: internal test fixture, not shipped" in page.locator(f"#finding-{live.ids['exfil']}").inner_text()
    page.reload()
    assert page.locator(f"#finding-{live.ids['exfil']}").count() == 0  # no longer open
    page.click("nav.tabs a:text('false positive')")
    assert page.locator(f"#finding-{live.ids['exfil']}").count() == 1
    page.goto(live.url + "/events")
    assert "hana" in page.locator("#events tbody tr").first.inner_text()
    # put it back for the other tests
    page.goto(f"{live.url}/projects/{live.ids['web']}?state=false_positive")
    page.locator(f"#finding-{live.ids['exfil']} button.b-reopen").click()
    page.locator(f"#finding-{live.ids['exfil']} .state[data-state=new]").wait_for(timeout=10_000)


def test_the_package_page_shows_evidence_timeline_diff_and_provenance(page, live):
    page.goto(f"{live.url}/packages/{live.ids['evil']}")
    assert "lib/index.js:42" in page.inner_text("#package-findings")
    assert page.locator("#timeline li").count() == 3
    assert "0.250 s" in page.locator("#timeline li").nth(1).inner_text()
    assert "failed" in page.inner_text("ul.trust") and "postinstall" in page.inner_text("ul.diff")


def test_the_firewall_page_plots_decisions(page, live):
    page.goto(live.url + "/firewall")
    assert page.locator("#decisions tbody tr").count() == 8
    assert page.locator("#decisions-chart svg rect.bar-block").count() == 1
    page.click("nav.tabs a:text('block')")
    page.wait_for_url(live.url + "/firewall?action=block")  # (a link: the filtered page is a new load, not a redraw)
    page.wait_for_load_state()
    assert page.locator("#decisions tbody tr").count() == 1
