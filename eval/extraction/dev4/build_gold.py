"""Build docs/ and gold.jsonl for dev4 from the hand spec in spec_dev4.py, with dev3's builder
(one program: ../dev3/build_gold.py; the two specs share its format).

Usage: cd eval/extraction/dev4 && python3 build_gold.py && python3 check.py
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from spec_dev4 import DOCS  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "dev3_build_gold", os.path.join(HERE, "..", "dev3", "build_gold.py"))
builder = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(builder)

if __name__ == "__main__":
    builder.main(DOCS, HERE)
