"""The shipped strength weights load, are stored as the trainer writes them, and
bench/train_strength.py gives the same bytes twice (issues 12/14: weights a retrain reproduces)."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from linter.nlp.strength_model import DENSE, FORMAT, LEVELS, WEIGHTS, bundled_model, load, save

CHECKOUT = Path(__file__).resolve().parents[1]
SHIPPED = CHECKOUT / "linter" / "nlp" / "data" / WEIGHTS
DATA = Path(os.environ.get("HEALTHLINT_DATA", CHECKOUT.parent / "shared" / "data"))


def test_the_shipped_weights_load_in_the_current_format() -> None:
    model = bundled_model()
    assert model.dense.shape == (len(DENSE), len(LEVELS))
    assert model.hashed.shape == (2, 1 << model.bits, len(LEVELS))
    assert model.bias.shape == (len(LEVELS),)
    assert np.isfinite(model.dense).all() and np.isfinite(model.hashed).all()
    assert np.abs(model.hashed).max() > 0  # n-gram weights were stored, not only zeros
    with np.load(SHIPPED, allow_pickle=False) as data:
        assert int(data["format"][0]) == FORMAT


def test_the_shipped_file_is_in_the_form_the_trainer_writes(tmp_path: Path) -> None:
    """Saving the loaded weights again gives the shipped bytes: fixed zip dates, float16 rows
    of the reached buckets only; so a retrain's bytes are comparable with the shipped ones."""
    again = tmp_path / WEIGHTS
    save(str(again), load(io.BytesIO(SHIPPED.read_bytes())))
    assert again.read_bytes() == SHIPPED.read_bytes()


def test_weights_of_another_format_refuse_to_load(tmp_path: Path) -> None:
    other = tmp_path / WEIGHTS
    with np.load(SHIPPED, allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["format"] = np.array([FORMAT + 1, *arrays["format"][1:]], np.int64)
    np.savez(other, **arrays)
    with pytest.raises(ValueError, match="another format"):
        load(str(other))


def test_training_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")  # the `train` extra
    if not (DATA / "claim-strength").is_dir():
        pytest.skip(f"no claim-strength data at {DATA}")
    out = tmp_path / WEIGHTS
    trainer = CHECKOUT / "bench" / "train_strength.py"
    result = subprocess.run(
        [sys.executable, str(trainer), "--out", str(out), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "HEALTHLINT_DATA": str(DATA)},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "retrained: same bytes" in result.stdout
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert f"sha256 {digest[:16]}" in result.stdout
