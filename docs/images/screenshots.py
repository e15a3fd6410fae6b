"""Take the README's screenshots of the HTML view in headless Chromium (a real run, real clicks).

    python docs/images/screenshots.py [/tmp/kg-html-2000/graph.html]

- ``example-panel.png``: the example page's view, after a click on the node 郑州公交32路
  (its details panel open);
- ``overview-large.png``: the overview of a large build, the page that
  ``benchmarks/html_first_frame.py`` builds from 2,000 articles of ../shared/corpus/news-large
  (given as the argument; skipped without it).

PNGs are reduced to 256 colours with ``pngquant`` when it is installed (``apt-get install pngquant``).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
HERE = Path(__file__).resolve().parent


def small(png: Path) -> None:
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--force", "--skip-if-larger", "--output", str(png), "256", "--", str(png)], check=False)
    print(f"wrote {png} ({png.stat().st_size // 1024} KB)")


def main() -> None:
    import kg
    from kg.viz import write_html
    from kg.viz.chromium import PAGE_READY, Chromium, node_position

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "graph.html"
        write_html(kg.build(str(ROOT / "examples" / "zhengzhou-daily-page.txt")), page)
        with Chromium(width=1280, height=800) as browser:
            browser.open(page, wait=PAGE_READY)
            x, y = browser.evaluate(node_position("郑州公交32路"))
            browser.click(x, y)
            browser.wait_until("document.querySelector('#panel h2').textContent.startsWith('郑州公交32路')")
            browser.call("Input.dispatchMouseEvent", session=True, type="mouseMoved", x=5, y=795)  # no tooltip
            time.sleep(0.5)
            browser.screenshot(HERE / "example-panel.png")
            assert not browser.errors, browser.errors
        small(HERE / "example-panel.png")
    if len(sys.argv) > 1:
        with Chromium(width=1280, height=800) as browser:
            browser.open(sys.argv[1], wait=PAGE_READY)
            time.sleep(0.5)
            browser.screenshot(HERE / "overview-large.png")
            assert not browser.errors, browser.errors
        small(HERE / "overview-large.png")


if __name__ == "__main__":
    main()
