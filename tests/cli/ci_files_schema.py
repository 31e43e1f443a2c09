#!/usr/bin/env python3
"""Reads the CI files `almanac init` writes (the site folder is the argument) and checks what
GitLab and GitHub document of them: GitLab's jobs check every merge request and branch and hand
the Code Quality report over as artifacts:reports:codequality, and deploy from the default
branch only; GitHub's workflow runs on push and pull_request, checks with --format github, and
deploys after the check, on a push to the default branch only. Prints "ok"; exits 1 on the
first mismatch."""
import sys

import yaml


def fail(message):
    print("not as documented: " + message)
    sys.exit(1)


def commands(job):
    lines = []
    for key in ("before_script", "script"):
        lines += job.get(key, [])
    return lines


site = sys.argv[1]

gitlab = yaml.safe_load(open(f"{site}/.gitlab-ci.yml", encoding="utf-8"))
rules = [rule.get("if", "") for rule in gitlab["workflow"]["rules"]]
if '$CI_PIPELINE_SOURCE == "merge_request_event"' not in rules or "$CI_COMMIT_BRANCH" not in rules:
    fail("GitLab's pipelines do not run for merge requests and branches")
check = gitlab["check"]
if not any("almanac check --format gitlab > gl-code-quality-report.json" in line
           for line in commands(check)):
    fail("GitLab's check job does not write the Code Quality report")
if check["artifacts"]["reports"]["codequality"] != "gl-code-quality-report.json":
    fail("GitLab is not given the report as artifacts:reports:codequality")
if check["artifacts"].get("when") != "always":
    fail("the report is not kept when the check fails")
deploy = gitlab["deploy"]
if deploy["rules"] != [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]:
    fail("GitLab deploys from other branches than the default one")
if gitlab["stages"].index(deploy["stage"]) <= gitlab["stages"].index(check["stage"]):
    fail("GitLab may deploy before the check")
if not any(line.startswith("rsync ") and '"$DEPLOY_TARGET"' in line for line in commands(deploy)):
    fail("GitLab's deploy does not rsync to $DEPLOY_TARGET")

github = yaml.safe_load(open(f"{site}/.github/workflows/almanac.yml", encoding="utf-8"))
# YAML 1.1 reads the key "on" as true; GitHub reads it as "on".
events = github.get("on", github.get(True))
if set(events) != {"push", "pull_request"}:
    fail(f"GitHub runs on {events}, not on push and pull_request")
steps = [step.get("run", "") for step in github["jobs"]["check"]["steps"]]
if "almanac check --format github" not in steps:
    fail("GitHub's check does not print workflow commands")
deploy = github["jobs"]["deploy"]
if deploy.get("needs") != "check" or "github.event_name == 'push'" not in deploy.get("if", ""):
    fail("GitHub deploys without the check, or not only on a push")
if "default_branch" not in deploy["if"]:
    fail("GitHub deploys from other branches than the default one")
if not any("rsync " in step.get("run", "") and '"$DEPLOY_TARGET"' in step.get("run", "")
           for step in deploy["steps"]):
    fail("GitHub's deploy does not rsync to $DEPLOY_TARGET")
print("ok")
