#!/usr/bin/env python3
"""Differential testing campaign: random programs through CPython and multigen.

    scripts/difftest/run.py -n 1000 --seed 1 [--jobs 1] [--aot | --aot-every K] [--seconds T]

For every seed S, S+1, ... the generator (gen.py) writes a program; CPython
(PYTHONHASHSEED=0) and `multigen run` (and, for every K-th program with
--aot-every K or every program with --aot, `multigen build` + the executable)
run it; stdout, exit status, the last stderr line and the traceback (paths
cut to file names, 3.11 column markers removed) are compared.

Outcomes per program and mode:
  ok         identical behaviour
  mismatch   different behaviour: saved under OUT/mismatch/ and reduced
             (OUT/mismatch/seed_S.min.py) unless --no-reduce
  crash      multigen or the executable panicked, died of a signal or hung
             (saved and reduced like mismatches)
  rejected   multigen refused with a diagnostic a program CPython runs
             (valid but unsupported; saved under OUT/rejected/, grouped)
  deviation  multigen raised `OverflowError: integer overflow` (64-bit ints,
             a documented difference): the generator's bounds were too loose
  invalid    CPython itself says the program is outside the subset
             (TypeError, NameError, timeout, ...): a generator bug

The summary is printed at the end and written to OUT/summary.json; the exit
status is 1 when there was a mismatch or crash. --seconds T stops starting
new programs after T seconds (for CI).
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, FIRST_COMPLETED, wait

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import gen  # noqa: E402

with open(gen.__file__, "rb") as _fh:
    import hashlib
    GEN_SHA1 = hashlib.sha1(_fh.read()).hexdigest()[:12]

BAD = ("mismatch", "crash")


def norm_diag(d):
    """A diagnostic without its location and with numbers and quoted names blurred, for grouping."""
    d = re.sub(r"^.*?: error", "error", d)
    d = re.sub(r"'[^']*'", "'_'", d)
    d = re.sub(r"\d+", "N", d)
    return d


class Campaign:
    def __init__(self, args):
        self.args = args
        self.out = os.path.abspath(args.out)
        self.work = os.path.join(self.out, "work")
        os.makedirs(self.work, exist_ok=True)
        self.counts = collections.Counter()
        self.modes = collections.Counter()
        self.rejections = collections.Counter()
        self.reject_example = {}
        self.invalid = collections.Counter()
        self.invalid_example = {}
        self.bad = []  # (seed, mode, category, detail)
        self.lock = threading.Lock()
        self.log = open(os.path.join(self.out, "log.txt"), "a", encoding="utf-8")
        self.start = time.time()
        self.done = 0
        # keep the generator that made these programs (seeds reproduce only with it)
        shutil.copy(gen.__file__, os.path.join(self.out, f"gen_{GEN_SHA1}.py"))

    def note(self, msg):
        with self.lock:
            self.log.write(msg + "\n")
            self.log.flush()
            if not self.args.quiet:
                print(msg, flush=True)

    def save(self, sub, seed, text, extra=None):
        d = os.path.join(self.out, sub)
        os.makedirs(d, exist_ok=True)
        p = os.path.join(d, f"seed_{seed}.py")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
        if extra:
            with open(p[:-3] + ".txt", "w", encoding="utf-8") as fh:
                fh.write(extra)
        return p

    def one(self, seed):
        try:
            text = gen.generate(seed)
        except RecursionError as ex:
            # A generator bug (very deep expression nesting), not a
            # compiler one: counted with the invalid programs.
            with self.lock:
                self.counts["invalid"] += 1
                key = f"generator error: {type(ex).__name__}"
                self.invalid[key] += 1
                self.invalid_example.setdefault(key, seed)
            return
        path = os.path.join(self.work, f"p{seed}.py")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        # -O0 for every K-th program (--o0-every): unoptimised code generation
        # is checked too, and compiles faster
        o0 = self.args.o0_every and seed % self.args.o0_every == 1 % self.args.o0_every
        modes = ["jit-O0" if o0 else "jit"]
        if self.args.aot or (self.args.aot_every and seed % self.args.aot_every == 0):
            modes.append("aot")
        results = []
        py = None
        for mode in modes:
            cat, detail, py, mg = common.classify(path, mode, self.args.multigen, py=py)
            results.append((mode, cat, detail, py, mg))
            if cat in ("invalid", "rejected"):
                break  # the same for every mode
        keep = False
        for mode, cat, detail, py, mg in results:
            with self.lock:
                self.counts[cat] += 1
                self.modes[mode] += 1
                if cat == "rejected":
                    key = norm_diag(detail)
                    self.rejections[key] += 1
                    self.reject_example.setdefault(key, seed)
                if cat == "invalid":
                    key = re.sub(r"\d+", "N", detail)[:100]
                    self.invalid[key] += 1
                    self.invalid_example.setdefault(key, seed)
            if cat == "rejected" and self.rejections[norm_diag(detail)] <= 3:
                self.save("rejected", seed, text, detail + "\n")
            if cat == "invalid" and self.invalid[re.sub(r"\d+", "N", detail)[:100]] <= 3:
                self.save("invalid", seed, text, detail + "\n")
            if cat in BAD or cat == "deviation":
                sub = "deviation" if cat == "deviation" else "mismatch"
                p = self.save(sub, seed, text, f"mode {mode}: {cat} {detail}\n" + common.describe(py, mg) + "\n")
                self.note(f"seed {seed} [{mode}] {cat.upper()} {detail} -> {p}")
                if cat in BAD:
                    with self.lock:
                        self.bad.append((seed, mode, cat, detail))
                    if not self.args.no_reduce:
                        self.reduce(p, mode)
        with self.lock:
            self.done += 1
            done = self.done
        if not keep:
            try:
                os.remove(path)
            except OSError:
                pass
            shutil.rmtree(common.mods_dir(path), ignore_errors=True)
        if self.args.progress and done % self.args.progress == 0:
            self.progress()

    def reduce(self, path, mode):
        cmd = [sys.executable, os.path.join(HERE, "reduce.py"), path, "--mode", mode, "--multigen", self.args.multigen,
               "-o", path[:-3] + ".min.py", "--quiet"]
        if self.args.reduce_seconds:
            cmd += ["--seconds", str(self.args.reduce_seconds)]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.note(f"  reduced -> {path[:-3]}.min.py ({r.stdout.decode().strip().splitlines()[-1:] or ['?']})")

    def progress(self):
        el = time.time() - self.start
        c = self.counts
        with self.lock:
            self.write_summary()
        self.note(f"[{el:7.0f}s] programs {self.done}  ok {c['ok']}  mismatch {c['mismatch']}  crash {c['crash']}  "
                  f"rejected {c['rejected']}  deviation {c['deviation']}  invalid {c['invalid']}")

    def write_summary(self):
        el = time.time() - self.start
        c = self.counts
        compared = c["ok"] + c["mismatch"] + c["crash"] + c["deviation"]
        s = {
            "generator_sha1": GEN_SHA1,
            "multigen": self.args.multigen,
            "multigen_mtime": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(os.path.getmtime(self.args.multigen))),
            "started": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.start)),
            "seed_first": self.args.seed,
            "programs": self.done,
            "runs_by_mode": dict(self.modes),
            "compared": compared,
            "ok": c["ok"],
            "mismatches": c["mismatch"],
            "crashes": c["crash"],
            "rejected": c["rejected"],
            "deviations": c["deviation"],
            "invalid": c["invalid"],
            "seconds": round(el, 1),
            "bad": [{"seed": s_, "mode": m, "category": k, "detail": d} for s_, m, k, d in sorted(self.bad)],
            "rejections": {k: {"count": v, "example_seed": self.reject_example[k]} for k, v in self.rejections.most_common()},
            "invalid_kinds": {k: {"count": v, "example_seed": self.invalid_example[k]} for k, v in self.invalid.most_common()},
        }
        with open(os.path.join(self.out, "summary.json"), "w") as fh:
            json.dump(s, fh, indent=1)
        return s

    def summary(self):
        el = time.time() - self.start
        c = self.counts
        compared = c["ok"] + c["mismatch"] + c["crash"] + c["deviation"]
        s = self.write_summary()
        print()
        print(f"difftest summary ({el:.0f} s, seeds {self.args.seed}..{self.args.seed + self.done - 1})")
        print(f"  programs generated    {self.done}")
        print(f"  runs by mode          {dict(self.modes)}")
        print(f"  compared runs         {compared}  (ok {c['ok']})")
        print(f"  mismatches            {c['mismatch']}")
        print(f"  crashes               {c['crash']}")
        print(f"  rejected (valid)      {c['rejected']}")
        print(f"  int64 deviations      {c['deviation']}")
        print(f"  invalid (generator)   {c['invalid']}")
        for seed, mode, cat, detail in sorted(self.bad):
            print(f"    {cat} seed {seed} [{mode}] {detail}")
        if self.rejections:
            print("  rejections by diagnostic:")
            for k, v in self.rejections.most_common(15):
                print(f"    {v:6d}  {k}  (e.g. seed {self.reject_example[k]})")
        if self.invalid:
            print("  invalid programs by CPython error:")
            for k, v in self.invalid.most_common(10):
                print(f"    {v:6d}  {k}  (e.g. seed {self.invalid_example[k]})")
        print(f"  results in {self.out}")
        return s


def main():
    ap = argparse.ArgumentParser(description="random-program differential testing of multigen against CPython")
    ap.add_argument("-n", type=int, default=100, help="number of programs (default 100)")
    ap.add_argument("--seed", type=int, default=1, help="first seed (default 1)")
    ap.add_argument("--jobs", "-j", type=int, default=1)
    ap.add_argument("--aot", action="store_true", help="also build and run every program ahead of time")
    ap.add_argument("--aot-every", type=int, default=0, metavar="K", help="build and run every K-th program ahead of time")
    ap.add_argument("--o0-every", type=int, default=0, metavar="K",
                    help="run every K-th program's JIT at -O0 instead of -O2")
    ap.add_argument("--seconds", type=float, default=0, help="stop starting programs after this many seconds")
    ap.add_argument("--out", default="/tmp/difftest", help="results directory (default /tmp/difftest)")
    ap.add_argument("--multigen", default=common.DEFAULT_MULTIGEN)
    ap.add_argument("--no-reduce", action="store_true", help="do not reduce mismatches")
    ap.add_argument("--reduce-seconds", type=float, default=600)
    ap.add_argument("--progress", type=int, default=100, metavar="N", help="progress line every N programs")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.multigen):
        sys.exit(f"run.py: no multigen at {args.multigen} (cargo build --release)")
    # Programs run with their own directory as cwd: a relative path would not
    # be found there.
    args.multigen = os.path.abspath(args.multigen)
    # AOT runs link the runtime library the binary finds (beside itself,
    # or MULTIGEN_RUNTIME_LIB): a binary copied aside alone would fail every
    # one, so one trial build runs first.
    if args.aot or args.aot_every:
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "probe.py")
            with open(src, "w") as fh:
                fh.write("print(1)\n")
            r = subprocess.run([args.multigen, "build", src, "-o", os.path.join(d, "probe")],
                               capture_output=True, text=True, env=common.env())
            if r.returncode != 0:
                sys.exit(f"run.py: AOT runs would fail: {r.stderr.strip()}")
    camp = Campaign(args)
    seeds = iter(range(args.seed, args.seed + args.n))
    deadline = camp.start + args.seconds if args.seconds else None
    try:
        with ThreadPoolExecutor(max_workers=args.jobs) as ex:
            pending = set()
            while True:
                while len(pending) < args.jobs * 2:
                    if deadline and time.time() > deadline:
                        break
                    s = next(seeds, None)
                    if s is None:
                        break
                    pending.add(ex.submit(camp.one, s))
                if not pending:
                    break
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    f.result()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
    s = camp.summary()
    shutil.rmtree(camp.work, ignore_errors=True)
    sys.exit(1 if s["mismatches"] or s["crashes"] else 0)


if __name__ == "__main__":
    main()
