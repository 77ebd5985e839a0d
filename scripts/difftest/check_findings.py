#!/usr/bin/env python3
"""Re-run every reproducer in scripts/difftest/findings/ and say which still differ.

    scripts/difftest/check_findings.py [--aot] [FILE...]
"""
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    mode = "aot" if "--aot" in sys.argv else "jit"
    files = args or sorted(glob.glob(os.path.join(HERE, "findings", "*.py")))
    still = 0
    for f in files:
        cat, detail, py, mg = common.classify(f, mode)
        status = "fixed" if cat == "ok" else "OPEN"
        still += cat != "ok"
        print(f"{status:5}  {os.path.basename(f):40}  {cat} {detail}")
    sys.exit(1 if still else 0)


if __name__ == "__main__":
    main()
