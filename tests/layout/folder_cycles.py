#!/usr/bin/env python3
"""Checks that no two folders of generator/ include each other, directly or through others.

The folders are the pipeline's stages and the modules below them; data flows one way through
them, so their includes must too. Prints each cycle found and exits 1. Usage:
folder_cycles.py GENERATOR_FOLDER
"""
import os
import re
import sys

INCLUDE = re.compile(r'^#include "([a-z_]+)/', re.MULTILINE)


def folder_graph(root):
    graph = {}
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder)
        if not os.path.isdir(path):
            continue
        uses = set()
        for name in os.listdir(path):
            if name.endswith(('.cc', '.h')):
                with open(os.path.join(path, name), encoding='utf-8') as f:
                    uses.update(INCLUDE.findall(f.read()))
        uses.discard(folder)
        graph[folder] = uses
    return graph


def cycles(graph):
    """Each folder that can reach itself, with the way it does."""
    found = []
    for start in graph:
        stack = [(start, [start])]
        seen = set()
        while stack:
            folder, way = stack.pop()
            for used in sorted(graph.get(folder, ())):
                if used == start:
                    found.append(way + [start])
                    stack = []
                    break
                if used not in seen:
                    seen.add(used)
                    stack.append((used, way + [used]))
    return found


def main():
    found = cycles(folder_graph(sys.argv[1]))
    for way in found:
        print('generator/: folders include each other: ' + ' → '.join(way))
    return 1 if found else 0


sys.exit(main())
