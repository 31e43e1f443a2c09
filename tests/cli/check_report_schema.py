#!/usr/bin/env python3
"""Reads `almanac check --format gitlab` (or `--format json` with --lines) from standard input
and checks it against what the host documents: GitLab's Code Quality report is a JSON array of
objects with description, check_name, fingerprint (unique per problem), severity (info, minor,
major, critical or blocker), location.path (relative) and location.lines.begin (a line, from 1).
Prints the number of problems and each as "severity path:line"; exits 1 on the first mismatch."""
import json
import sys

SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def fail(message):
    print("not as documented: " + message)
    sys.exit(1)


def check_code_quality(text):
    report = json.loads(text)
    if not isinstance(report, list):
        fail("the report is not an array")
    fingerprints = set()
    for issue in report:
        for key in ("description", "check_name", "fingerprint", "severity"):
            if not isinstance(issue.get(key), str) or not issue[key]:
                fail(f"{key} is not a non-empty string in {issue}")
        if issue["severity"] not in SEVERITIES:
            fail(f"severity {issue['severity']!r}")
        if issue["fingerprint"] in fingerprints:
            fail(f"fingerprint {issue['fingerprint']} twice")
        fingerprints.add(issue["fingerprint"])
        location = issue.get("location")
        if not isinstance(location, dict) or not isinstance(location.get("path"), str):
            fail(f"location.path missing in {issue}")
        if location["path"].startswith("/"):
            fail(f"location.path {location['path']!r} is not relative")
        begin = location.get("lines", {}).get("begin")
        if not isinstance(begin, int) or isinstance(begin, bool) or begin < 1:
            fail(f"location.lines.begin {begin!r}")
        print(f"{issue['severity']} {location['path']}:{begin}")
    print(f"{len(report)} problems")


def check_json_lines(text):
    count = 0
    for line in text.splitlines():
        problem = json.loads(line)
        if problem.get("severity") not in ("error", "warning"):
            fail(f"severity in {line}")
        if not isinstance(problem.get("path"), str) or not isinstance(problem.get("message"), str):
            fail(f"path or message in {line}")
        for key in ("line", "column"):
            value = problem.get(key, "missing")
            if value is not None and (not isinstance(value, int) or value < 1):
                fail(f"{key} in {line}")
        print(f"{problem['severity']} {problem['path']}:{problem['line']}")
        count += 1
    print(f"{count} problems")


if __name__ == "__main__":
    text = sys.stdin.read()
    try:
        (check_json_lines if "--lines" in sys.argv else check_code_quality)(text)
    except json.JSONDecodeError as error:
        fail(f"not JSON: {error}")
