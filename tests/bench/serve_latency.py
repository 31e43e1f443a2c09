#!/usr/bin/env python3
"""`make bench`: how long a saved change takes to reach an open page under `almanac serve`, from
the file's write to the reload event the page receives (target: under 300 ms on the
10,000-entry site). Usage: serve_latency.py ALMANAC SITE PORT. Edits SITE: give it a copy."""
import glob
import http.client
import subprocess
import sys
import time

almanac, site, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
server = subprocess.Popen([almanac, "serve", "-s", site, "--port", str(port)],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    for line in server.stdout:  # the first build is done when it says how long it took
        if " ms." in line:
            break
    entry = sorted(glob.glob(f"{site}/content/conferences/*.md"))[0]
    with open(entry, encoding="utf-8") as file:
        text = file.read()
    times = []
    for round in range(5):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/__almanac/events")
        events = connection.getresponse()
        assert events.readline().startswith(b"event: ready")
        events.readline(), events.readline()
        started = time.monotonic()
        with open(entry, "w", encoding="utf-8") as file:
            file.write(text + f"\nНовый абзац {round}.\n")
        while not events.readline().startswith(b"event: reload"):
            pass
        times.append((time.monotonic() - started) * 1000)
        connection.close()
    print(f"serve: a saved change reaches the open pages in {min(times):.0f} ms (best of 5, "
          f"slowest {max(times):.0f} ms)   [target: under 300 ms]")
finally:
    server.terminate()
    server.wait()
