"""How often each one-pass matcher (linter/config/multi_match.py) runs a pattern anchored at a
position its index found, and how often that finds a match, over one whole check of a file.

    python bench/matcher_tries.py FILE [--top 30]

Every anchored try costs a Python call and a regular-expression attempt whether or not it
matches; a pattern tried many times for few matches has a prefix that stands at too many
places (issue 20, session 29: the overstatement rule's `denied_harm` was tried at every space
of a text, 157,706 times for 108 matches on the 1.2 MB file). The check runs in this process
through the engine's stages (bench/stages.py); the tries are counted by wrapping the `match`
each matcher binds to a start, so the matcher's own loop is what runs. Patterns a matcher runs
with their own `finditer` (`plain`) are not counted. Prints the tries and matches of each
matcher (by where it was made) and of the patterns tried most.
"""

from __future__ import annotations

import argparse
import re
import traceback
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from stages import _engine, _stages

import linter.config.multi_match as multi_match

Match = Callable[[str, int], "re.Match[str] | None"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    tries: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    made_at: dict[int, str] = {}
    matcher = multi_match.MultiMatcher
    init, starting = matcher.__init__, matcher._starting

    def made(self: Any, patterns: Mapping[str, Any], *rest: Any, **named: Any) -> None:
        init(self, patterns, *rest, **named)
        caller = traceback.extract_stack(limit=2)[0]
        made_at[id(self)] = f"{Path(caller.filename).name}:{caller.lineno}"

    def counted(self: Any, start: str, bounded: bool) -> tuple[tuple[str, Match], ...]:
        where = made_at.get(id(self), "?")
        return tuple(
            (name, _counting(match, (where, name)))
            for name, match in starting(self, start, bounded)
        )

    def _counting(match: Match, key: tuple[str, str]) -> Match:
        def tried(text: str, at: int) -> re.Match[str] | None:
            tries[key] += 1
            found = match(text, at)
            hits[key] += found is not None
            return found

        return tried

    matcher.__init__ = made  # type: ignore[method-assign]
    matcher._starting = counted  # type: ignore[method-assign]
    _stages(_engine(args.file), args.file, lambda stage: None)
    by_matcher: Counter[str] = Counter()
    hits_by_matcher: Counter[str] = Counter()
    for (where, _), count in tries.items():
        by_matcher[where] += count
    for (where, _), count in hits.items():
        hits_by_matcher[where] += count
    print(f"{args.file}: {sum(tries.values()):,} anchored tries, {sum(hits.values()):,} matches\n")
    print("| matcher made at | tries | matches |\n|---|---|---|")
    for where, count in by_matcher.most_common():
        print(f"| {where} | {count:,} | {hits_by_matcher[where]:,} |")
    print("\n| matcher | pattern | tries | matches |\n|---|---|---|---|")
    for (where, name), count in tries.most_common(args.top):
        print(f"| {where} | {name} | {count:,} | {hits[where, name]:,} |")


if __name__ == "__main__":
    main()
