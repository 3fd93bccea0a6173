#!/usr/bin/env python3
"""Time from saving a challenge to the updated `pixc check --watch` report.

Starts `pixc check --watch --timings` on a repository, waits for its first report, then saves
the given challenge file again and again (a comment line added or changed; every third save adds
an unknown key, which the next save removes, so problems appear and are fixed) and measures, for
each save, the wall time from just before the file is written to the moment the report's last
line ("Checked: ...") is read from pixc's output. That includes the watcher's quiet period (the
debounce), reading, checking and printing. The check's own time, as pixc measures it, is read
from its --timings line, and pixc's CPU time per save from /proc (it does not grow when others
share the cores).

Usage: watch-latency.py PIXC ROOT CHALLENGE [--saves N] [--label TEXT]
"""
import argparse
import os
import selectors
import signal
import statistics
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pixc")
    parser.add_argument("root")
    parser.add_argument("challenge", help="path of the challenge to save, relative to ROOT")
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--label", default="")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()

    path = os.path.join(args.root, args.challenge)
    with open(path, "rb") as f:
        original = f.read()
    env = dict(os.environ, PIXC_LANG="en", NO_COLOR="1")
    started = time.perf_counter()
    process = subprocess.Popen([args.pixc, "check", "--watch", "--timings", "--root", args.root],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ, "out")
    selector.register(process.stderr, selectors.EVENT_READ, "err")
    buffers = {"out": b"", "err": b""}
    internal = []

    def read_until_report(deadline):
        """Reads until a "Checked:" line; returns the time it was read."""
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise SystemExit(f"no report within the timeout; output so far:\n{buffers['out'][-2000:].decode(errors='replace')}")
            for key, _ in selector.select(timeout=left):
                chunk = os.read(key.fileobj.fileno(), 1 << 20)
                if not chunk:
                    raise SystemExit(f"pixc stopped: {buffers['err'][-2000:].decode(errors='replace')}")
                buffers[key.data] += chunk
                while b"\n" in buffers["err"]:
                    line, buffers["err"] = buffers["err"].split(b"\n", 1)
                    if line.startswith(b"watch: "):
                        internal.append(float(line.rsplit(b",", 1)[1].split()[0]))
                found = None
                while b"\n" in buffers["out"]:
                    line, buffers["out"] = buffers["out"].split(b"\n", 1)
                    if line.startswith(b"Checked: "):
                        found = time.perf_counter()
                if found is not None:
                    return found

    ticks = os.sysconf("SC_CLK_TCK")

    def cpu_seconds():
        """User + system CPU time of pixc so far, all its threads (/proc/PID/stat)."""
        with open(f"/proc/{process.pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    first = read_until_report(started + args.timeout)
    print(f"{args.label}first report (full check): {first - started:.2f} s")
    latencies = []
    cpu = []
    broken = False
    try:
        for number in range(args.saves):
            content = original + f"\n# révision {number}\n".encode()
            if number % 3 == 2 and not broken:
                content += b"cle_inconnue: 1\n"
                broken = True
            else:
                broken = False
            time.sleep(0.3)  # a person saves now and then, not in a burst
            cpu_before = cpu_seconds()
            before = time.perf_counter()
            with open(path, "wb") as f:
                f.write(content)
            after = read_until_report(before + args.timeout)
            latencies.append((after - before) * 1000)
            cpu.append((cpu_seconds() - cpu_before) * 1000)
    finally:
        with open(path, "wb") as f:
            f.write(original)
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    latencies.sort()
    p90 = latencies[min(len(latencies) - 1, round(0.9 * (len(latencies) - 1)))]
    print(f"{args.label}save -> report, {len(latencies)} saves: median {statistics.median(latencies):.0f} ms, "
          f"p90 {p90:.0f} ms, min {latencies[0]:.0f} ms, max {latencies[-1]:.0f} ms (target: at most 200 ms on the large corpus)")
    # CPU time does not grow when other processes share the cores; the kernel counts it in ticks
    # (10 ms), so the mean over the saves is given.
    print(f"{args.label}  CPU time of pixc per save (user + system, all threads): mean {statistics.mean(cpu):.0f} ms")
    internal = internal[1:]
    if internal:
        print(f"{args.label}  of which checking (pixc --timings, without the quiet period and the output): "
              f"median {statistics.median(internal):.0f} ms, max {max(internal):.0f} ms")
    print(f"{args.label}  exit code after SIGINT: {process.returncode}")


if __name__ == "__main__":
    main()
