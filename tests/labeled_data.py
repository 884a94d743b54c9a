"""Where the labeled example posts live, and how to read them.

They sit beside the project (`../shared/data/`), not in it; `CAREPOST_DATA_DIR` names another
folder. Tests that need them skip with a clear reason where they are absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEV_SET_NAME = "review-dev.jsonl"


def data_dir() -> Path:
    configured = os.environ.get("CAREPOST_DATA_DIR")
    return Path(configured) if configured else PROJECT_ROOT.parent / "shared" / "data"


def dev_set_path() -> Path:
    return data_dir() / DEV_SET_NAME


def load_dev_set() -> list[dict] | None:
    """The labeled posts, or None when the file is not there."""
    path = dev_set_path()
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def missing_reason() -> str:
    return f"labeled posts not found at {dev_set_path()} (set CAREPOST_DATA_DIR to their folder)"
