from __future__ import annotations

import pytest
from click.testing import CliRunner

from sitrep.bench.speed import command


@pytest.mark.slow
def test_speed_bench_on_the_samples() -> None:
    result = CliRunner().invoke(command, ["--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "spaCy tokenizer alone" in result.output
    assert "sitrep, batched (ingest)" in result.output
    assert "peak memory" in result.output
