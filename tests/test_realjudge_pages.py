"""bench/realjudge.py reads the pages of its folder and nothing else: a folder of whole sites
run without --dev is refused, not scored on bench/'s own files (no healthlint run)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "bench"))

from realjudge import flags_of, pages_of  # noqa: E402


def _sites(root: Path) -> Path:
    page = root / "clinic-site" / "content" / "about.md"
    page.parent.mkdir(parents=True)
    page.write_text("Our clinic treats back pain.\n", encoding="utf-8")
    return root


def test_a_folder_of_sites_without_dev_is_refused_with_a_hint(tmp_path: Path) -> None:
    folder = _sites(tmp_path)
    assert pages_of(folder, sites=False) == []
    with pytest.raises(SystemExit, match="name its dev sites with --dev"):
        flags_of(folder, sites=False)


def test_the_same_folder_with_dev_sites_reads_the_site_pages(tmp_path: Path) -> None:
    folder = _sites(tmp_path)
    assert pages_of(folder, sites=True) == [folder / "clinic-site" / "content" / "about.md"]


def test_a_folder_of_flat_pages_reads_them(tmp_path: Path) -> None:
    (tmp_path / "301-clinic-about.md").write_text("Tea helps.\n", encoding="utf-8")
    assert pages_of(tmp_path, sites=False) == [tmp_path / "301-clinic-about.md"]
