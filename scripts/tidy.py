#!/usr/bin/env python3
"""Runs clang-tidy (the checks in .clang-tidy) over the programs' and libraries' sources and
remembers which files were clean.

A file is checked again only when something clang-tidy would read has changed: the file, any
header the last build recorded for it (ninja's dependency log), its compile command, the
.clang-tidy file or the clang-tidy version. So a run after a small change checks the files that
change reaches, and a run on an unchanged tree checks none, with the same verdict as a full run.

    scripts/tidy.py BUILD_DIR [--all] [--jobs N]

The record is kept in $TRRO_TIDY_CACHE (default ~/.cache/trro-tidy); --all ignores it.
Exits 1 on any warning or error (printed), 2 on a build folder that is not built.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import shlex
import subprocess
import sys


def sources(repo):
    out = subprocess.run(["git", "ls-files", "app/*.cpp", "ui/*.cpp"], cwd=repo, check=True,
                         capture_output=True, text=True).stdout
    return [os.path.join(repo, f) for f in out.split()]


def compile_commands(build):
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    commands = {}
    for e in entries:
        path = os.path.normpath(os.path.join(e["directory"], e["file"]))
        args = e.get("arguments") or shlex.split(e["command"])
        obj = args[args.index("-o") + 1] if "-o" in args else None
        commands[path] = (" ".join(args), obj)
    return commands


def recorded_deps(build):
    """object path -> the files its last compile read, from ninja's dependency log."""
    out = subprocess.run(["ninja", "-C", build, "-t", "deps"], check=True, capture_output=True,
                         text=True).stdout
    deps, current = {}, None
    for line in out.splitlines():
        if not line.strip():
            current = None
        elif not line.startswith(" "):
            current = line.split(":", 1)[0]
            deps[current] = [] if "(VALID)" in line else None
        elif current is not None and deps[current] is not None:
            deps[current].append(os.path.normpath(os.path.join(build, line.strip())))
    return deps


class Fingerprints:
    """Content hashes of the project's files; size and time of the system's (they change only
    with a package upgrade)."""

    def __init__(self, repo):
        self.repo = repo + os.sep
        self.known = {}

    def of(self, path):
        if path not in self.known:
            try:
                if path.startswith(self.repo):
                    with open(path, "rb") as f:
                        self.known[path] = hashlib.sha256(f.read()).hexdigest()
                else:
                    st = os.stat(path)
                    self.known[path] = f"{st.st_size}:{st.st_mtime_ns}"
            except OSError:
                self.known[path] = "missing"
        return self.known[path]


def tidy_version():
    return subprocess.run(["clang-tidy", "--version"], check=True, capture_output=True,
                          text=True).stdout


def key_of(source, command, deps, prints, salt):
    # Paths inside the checkout are named relative to it, so that a clone in another folder
    # (CI's) finds the record of this one.
    repo = prints.repo
    h = hashlib.sha256(salt.encode())
    h.update(command.replace(repo, "<repo>/").encode())
    for path in sorted(set(deps) | {source}):
        name = "<repo>/" + path[len(repo):] if path.startswith(repo) else path
        h.update(f"\n{name} {prints.of(path)}".encode())
    return h.hexdigest()


def run_tidy(build, source):
    p = subprocess.run(["clang-tidy", "-p", build, "--quiet", source], capture_output=True,
                       text=True)
    findings = [l for l in p.stdout.splitlines() if " warning: " in l or " error: " in l]
    return source, p.returncode, findings, p.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    build = os.path.abspath(args.build)
    if not os.path.isfile(os.path.join(build, "compile_commands.json")):
        print(f"tidy: {args.build}/compile_commands.json missing: configure and build first",
              file=sys.stderr)
        return 2
    cache = os.environ.get("TRRO_TIDY_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "trro-tidy")
    os.makedirs(cache, exist_ok=True)

    commands = compile_commands(build)
    deps = recorded_deps(build)
    prints = Fingerprints(repo)
    with open(os.path.join(repo, ".clang-tidy"), encoding="utf-8") as f:
        salt = tidy_version() + f.read()

    files = sources(repo)
    todo, keys = [], {}
    for source in files:
        command, obj = commands.get(source, ("", None))
        recorded = deps.get(obj) if obj else None
        if not command or recorded is None:
            todo.append(source)  # not built yet, or no dependency record: always checked
            continue
        keys[source] = key_of(source, command, recorded, prints, salt)
        if args.all or not os.path.exists(os.path.join(cache, keys[source])):
            todo.append(source)

    failed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for source, code, findings, output in pool.map(lambda s: run_tidy(build, s), todo):
            if findings or code != 0:
                failed.append(source)
                print(output or f"{source}: clang-tidy exited with {code}", file=sys.stderr)
            elif source in keys:
                open(os.path.join(cache, keys[source]), "w").close()
    if failed:
        print(f"tidy: warnings or errors in {len(failed)} of {len(files)} files", file=sys.stderr)
        return 1
    print(f"tidy: {len(files)} files, no warnings ({len(todo)} checked, "
          f"{len(files) - len(todo)} unchanged since a clean check)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
