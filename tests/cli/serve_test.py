#!/usr/bin/env python3
"""`almanac serve` as an editor and the web team meet it, over real HTTP: it says where it
serves and to whom, sends every kind of file a site holds with its Content-Type, answers an
unknown path with the site's 404 page, refuses paths that leave the site, tells an open page to
reload after a save and shows the problems of a broken file while the last good pages stay
served, and stops at once on Ctrl-C. Usage: serve_test.py ALMANAC FIXTURE. Exits 1 on a failure."""
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

almanac, fixture = sys.argv[1], sys.argv[2]
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAILED: " + what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest("GET", path, skip_accept_encoding=True)  # the path exactly as given
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.getheader("Content-Type"), response.getheader("Location"), body


def events(port):
    """An open page's event stream: (connection, a function that reads the next event's name)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/__almanac/events")
    response = connection.getresponse()

    def next_event():
        name = data = None
        while True:
            line = response.readline().decode()
            if line.startswith("event: "):
                name = line[7:].strip()
            elif line.startswith("data: "):
                data = line[6:].strip()
            elif line == "\n" and name:
                return name, data
    return connection, next_event


with tempfile.TemporaryDirectory() as work:
    site = os.path.join(work, "site")
    shutil.copytree(fixture, site)
    with open(os.path.join(site, "almanac.toml"), encoding="utf-8") as f:
        settings = f.read()
    with open(os.path.join(site, "almanac.toml"), "w", encoding="utf-8") as f:
        f.write('base_url = "https://example.org/"\n' + settings)
    os.makedirs(os.path.join(site, "static", "files"), exist_ok=True)
    for name in ("a.png", "b.jpeg", "c.jpg", "d.webp", "e.pdf", "f.svg"):
        with open(os.path.join(site, "static", "files", name), "wb") as f:
            f.write(b"bytes")

    port = free_port()
    server = subprocess.Popen([almanac, "serve", "-s", site, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env=dict(os.environ, LANGUAGE="en"))
    said = []
    for line in server.stdout:
        said.append(line)
        if " ms." in line:
            break
    said = "".join(said)
    check(f"Serving the site at http://127.0.0.1:{port}/" in said, "the address is said: " + said)
    check("Only this computer can open it; --bind 0.0.0.0" in said, "who can open it is said")

    status, kind, _, body = get(port, "/")
    check(status == 200 and kind == "text/html; charset=utf-8", f"home page: {status} {kind}")
    check(b'<script src="/__almanac/live.js" data-generation="' in body, "the live script is added")
    check(b"</script></body>" in body, "the live script comes before </body>")
    subprocess.run([almanac, "build", "-q", "-s", site, "-o", os.path.join(work, "built")],
                   check=True)
    built = []
    for folder, _, names in os.walk(os.path.join(work, "built")):
        built += [os.path.relpath(os.path.join(folder, n), os.path.join(work, "built"))
                  for n in names if not n.startswith(".almanac")]
    types = {"html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
             "js": "text/javascript; charset=utf-8", "json": "application/json",
             "xml": "application/xml", "ics": "text/calendar; charset=utf-8",
             "csv": "text/csv; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
             "jpeg": "image/jpeg", "jpg": "image/jpeg", "webp": "image/webp",
             "pdf": "application/pdf", "txt": "text/plain; charset=utf-8"}
    seen = set()
    for path in sorted(built):
        extension = path.rsplit(".", 1)[-1]
        status, kind, _, body = get(port, "/" + path)
        check(status == 200, f"{path}: {status}")
        check(kind == types.get(extension), f"{path}: Content-Type {kind}")
        if extension != "html":
            with open(os.path.join(work, "built", path), "rb") as f:
                check(body == f.read(), f"{path}: the bytes of a build")
        seen.add(extension)
    check(seen >= set(types), f"every kind of file was tried: {sorted(set(types) - seen)} not")

    status, _, _, _ = get(port, "/conferences/hidden/")
    check(status == 404, f"a draft is not served without --drafts: {status}")
    status, kind, location, _ = get(port, "/conferences")
    check(status == 301 and location.endswith("/conferences/"), f"a folder without /: {status}")
    status, kind, _, body = get(port, "/no/such/page/")
    check(status == 404 and b"<title>" in body and kind.startswith("text/html"),
          f"unknown path: {status} {kind}")
    with open(os.path.join(work, "built", "404.html"), "rb") as f:
        check(body.startswith(f.read().split(b"</body>")[0]), "unknown path: the site's 404 page")
    for path in ("/../almanac.toml", "/conferences/../../almanac.toml", "/%2e%2e/almanac.toml",
                 "/conferences%2f..%2f..%2falmanac.toml", "//etc/passwd", "/a\\..\\b",
                 "/%2E%2E/%2E%2E/etc/passwd", "/conferences%2Findex.html"):
        status, _, _, body = get(port, path)
        check(status in (400, 403) and b"base_url" not in body, f"{path} refused: {status}")

    # An open page is told to reload after a save, and shown the problems of a broken file.
    entry = os.path.join(site, "content", "conferences", "alpha.md")
    with open(entry, encoding="utf-8") as f:
        text = f.read()
    connection, next_event = events(port)
    check(next_event()[0] == "ready", "an open page hears that it is up to date")
    with open(entry, "w", encoding="utf-8") as f:
        f.write(text.replace("\n+++\n", "\n+++\nНовый абзац.\n\n", 1))
    check(next_event()[0] == "reload", "a save reloads the open pages")
    status, _, _, body = get(port, "/conferences/alpha/")
    check("Новый абзац." in body.decode(), "the page shows the saved text")
    with open(entry, "w", encoding="utf-8") as f:
        f.write(text.replace("title = ", "titel = ", 1))
    name, data = next_event()
    check(name == "problems" and "content/conferences/alpha.md:2:1: error: unknown key" in data,
          f"a broken file's problems reach the open pages: {name} {data}")
    status, _, _, body = get(port, "/conferences/alpha/")
    check(status == 200 and "Новый абзац." in body.decode(), "the last good page is served")
    with open(entry, "w", encoding="utf-8") as f:
        f.write(text)
    check(next_event()[0] == "reload", "fixed, the open pages reload")
    connection.close()

    # At once: the server has stopped when it says so; the process then ends (later under the
    # sanitizers, whose leak check runs at the end).
    started = time.monotonic()
    server.send_signal(signal.SIGINT)
    rest = ""
    for line in server.stdout:  # after the lines of the rebuilds above
        rest += line
        if line == "Stopped.\n":
            break
    check(rest.endswith("Stopped.\n"), f"Ctrl-C stops it, saying so: {rest!r}")
    check(time.monotonic() - started < 1, "Ctrl-C stops it at once")
    status = None
    try:
        get(port, "/")
    except OSError:
        status = "closed"
    check(status == "closed", "stopped, it serves nothing")
    code = server.wait(timeout=30)
    rest += server.stdout.read()
    check(code == 0, f"Ctrl-C ends it with exit 0: {code}, {rest!r}")

    # To the office's network, opened in the desktop's browser (an xdg-open that notes its URL).
    tools = os.path.join(work, "tools")
    os.makedirs(tools)
    with open(os.path.join(tools, "xdg-open"), "w") as f:
        f.write(f'#!/bin/sh\necho "$1" > {work}/opened\n')
    os.chmod(os.path.join(tools, "xdg-open"), 0o755)
    port = free_port()
    server = subprocess.Popen([almanac, "serve", "-s", site, "--port", str(port), "--bind",
                               "0.0.0.0", "--open", "--drafts"], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True,
                              env=dict(os.environ, LANGUAGE="en",
                                       PATH=tools + ":" + os.environ["PATH"]))
    said = ""
    for line in server.stdout:
        said += line
        if " ms." in line:
            break
    check("Other computers of the network can open it too" in said, "--bind 0.0.0.0 says so")
    for _ in range(50):
        if os.path.exists(os.path.join(work, "opened")):
            break
        time.sleep(0.1)
    opened = open(os.path.join(work, "opened")).read() if os.path.exists(
        os.path.join(work, "opened")) else ""
    check(opened == f"http://127.0.0.1:{port}/\n", f"--open opens the site: {opened!r}")
    status, _, _, _ = get(port, "/conferences/hidden/")
    check(status == 200, f"--drafts serves the draft: {status}")
    server.send_signal(signal.SIGINT)
    server.wait(timeout=5)

print("ok" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
