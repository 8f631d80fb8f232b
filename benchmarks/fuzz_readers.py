#!/usr/bin/env python3
"""Fuzzing the readers of untrusted files: `python benchmarks/fuzz_readers.py [--inputs 100000] [--seed 1]`.

Three readers get generated inputs, structure-aware (valid files with fields replaced, removed, doubled,
nested, or their zip headers and XML parts damaged) and byte-level (bytes flipped, inserted, cut):

- the `.dpic` reader, as every command opens a draft (`open_draft`: size, JSON, fields, embedded form);
- the questionnaire importer (`import_questionnaire`, what `import-docx` and `collect` run on a .docx);
- the Word template loader (`open_template` then `prepare`, what `export --template` runs).

The only outcomes allowed are a loaded object or the app's own error (InputError and its kinds); anything else
is a crash, printed with the input that caused it (kept in --keep DIR). Exit code 1 when there is a crash.
About 100,000 inputs take some ten minutes on two cores; CI runs a short version (tests/test_fuzz_short.py).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import struct
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# Shares of the inputs: the .dpic reader is the cheapest and the one every command goes through.
SHARES = {"dpic": 0.8, "questionnaire": 0.15, "template": 0.05}
ODD_TEXTS = ["", " ", "\u00a0", "é" * 300, "\x00", "\\ud800", "𝕏", "x" * 5000, "NaN", "-1", "1e309", "[]", "{}"]


def odd_value(rng: random.Random, depth: int = 0):
    """A JSON value of any type, often of the wrong one for the field it lands in."""
    choice = rng.randrange(9)
    if choice == 0:
        return rng.choice(ODD_TEXTS)
    if choice == 1:
        return rng.choice([0, -1, 2**63, 10**30, 1.5, True, False, None])
    if choice == 2 and depth < 3:
        return [odd_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if choice == 3 and depth < 3:
        return {rng.choice(ODD_TEXTS + ["id", "text", "kind"]): odd_value(rng, depth + 1) for _ in range(3)}
    if choice == 4:
        nested: object = []
        for _ in range(rng.choice([10, 70, 300])):
            nested = [nested]
        return nested
    if choice == 5:
        return "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randrange(1, 40)))
    return rng.choice(["draft", "share", "kit", "member", "docx", "2026-13-45", "cnil-dpi-2025", "1.0"])


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


_DELETE = object()


def _set(node, path, value) -> None:
    """Replace the value at `path`, or remove it when `value` is _DELETE."""
    for key in path[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value


def mutate_dpic(rng: random.Random, seed: bytes) -> bytes:
    if rng.random() < 0.35:
        return mutate_bytes(rng, seed)
    data = json.loads(seed)
    for _ in range(rng.randrange(1, 4)):
        paths = [p for p in _paths(data) if p]
        path = rng.choice(paths)
        _set(data, path, _DELETE if rng.random() < 0.2 else odd_value(rng))
    try:
        text = json.dumps(data, ensure_ascii=rng.random() < 0.5)
    except RecursionError:  # nested values dropped into nested values: deeper than the encoder goes
        return mutate_bytes(rng, seed)
    trick = rng.randrange(6)
    if trick == 0:  # a key twice, the later one winning for a lax reader
        text = text.replace('"format_version": ', '"format_version": 99, "format_version": ', 1)
    elif trick == 1:
        text = text.replace('"answers": {', '"answers": {"x": NaN, ', 1)
    elif trick == 2:
        text = text.replace('"answers": {', '"answers": {"x": "\\udc00", ', 1)
    return text.encode("utf-8", "surrogatepass")


def mutate_bytes(rng: random.Random, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.randrange(1, 8)):
        where = rng.randrange(max(1, len(data)))
        action = rng.randrange(4)
        if action == 0:
            data[where:where + 1] = bytes([rng.randrange(256)])
        elif action == 1:
            data[where:where] = rng.randbytes(rng.randrange(1, 16))
        elif action == 2:
            del data[where:where + rng.randrange(1, 64)]
        else:
            del data[rng.randrange(max(1, len(data))):]
    return bytes(data)


def mutate_docx(rng: random.Random, seed: bytes) -> bytes:
    if rng.random() < 0.4:
        return mutate_bytes(rng, seed)
    if rng.random() < 0.3:
        return _damaged_headers(rng, seed)
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(seed)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        infos = source.infolist()
        victim = rng.choice(infos).filename
        for info in infos:
            data = source.read(info.filename)
            if info.filename == victim:
                action = rng.randrange(4)
                if action == 0:
                    continue  # a part removed
                if action == 1:
                    data = mutate_bytes(rng, data)
                elif action == 2:
                    data = _xml_damaged(rng, data)
                else:
                    data = data.replace(b'Target="', b'TargetMode="External" Target="http://x.invalid/', 1)
            target.writestr(info.filename, data)
    return buffer.getvalue()


def _xml_damaged(rng: random.Random, data: bytes) -> bytes:
    """An XML part with an element cut out, renamed, or repeated: well formed or not."""
    text = data.decode("utf-8", "replace")
    start = text.find("<", rng.randrange(max(1, len(text))))
    end = text.find(">", start)
    if start < 0 or end < 0:
        return data
    tag = text[start:end + 1]
    action = rng.randrange(3)
    if action == 0:
        text = text.replace(tag, "", 1)
    elif action == 1:
        text = text.replace(tag, tag.replace("w:", "x:", 1), 1)
    else:
        text = text.replace(tag, tag * rng.choice([2, 50]), 1)
    return text.encode("utf-8")


def _damaged_headers(rng: random.Random, seed: bytes) -> bytes:
    """A local or central header field set to an odd value: flags, method, sizes, offsets."""
    data = bytearray(seed)
    signature, fields = rng.choice([(b"PK\x03\x04", (6, 8, 18, 22)), (b"PK\x01\x02", (8, 10, 20, 24, 42)),
                                    (b"PK\x05\x06", (10, 12, 16))])
    starts = [i for i in range(len(data)) if data.startswith(signature, i)]
    if not starts:
        return bytes(data)
    at = rng.choice(starts) + rng.choice(fields)
    size = 2 if at - starts[0] < 10 and signature != b"PK\x05\x06" else 4
    value = rng.choice([0, 1, 99, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF, rng.randrange(2**16)])
    data[at:at + size] = struct.pack("<I", value & 0xFFFFFFFF)[:size]
    return bytes(data)


class Readers:
    """Each reader takes a path, as the commands do; its allowed failure is the app's InputError."""

    def __init__(self) -> None:
        from dpi_consult.draft.binding import open_draft
        from dpi_consult.errors import InputError
        from dpi_consult.export.docx_template import open_template, prepare
        from dpi_consult.questionnaire.importer import import_questionnaire

        self.expected: type[BaseException] = InputError
        self.run: dict[str, Callable[[Path], object]] = {
            "dpic": open_draft,
            "questionnaire": import_questionnaire,
            "template": lambda path: prepare(open_template(path)),
        }


def seeds() -> dict[str, list[bytes]]:
    from dpi_consult.form.registry import bundled_form
    from dpi_consult.questionnaire.blank_writer import blank_bytes

    dpic = [path.read_bytes() for path in sorted(FIXTURES.glob("format-v*.dpic"))]
    blank = blank_bytes(bundled_form())
    from dpi_consult.export.docx_template import bundled_template_bytes

    return {"dpic": dpic, "questionnaire": [blank], "template": [bundled_template_bytes(), blank]}


def fuzz(inputs: int, seed: int, keep: Path | None, report: Callable[[str], None] = print) -> Counter:
    rng = random.Random(seed)
    readers = Readers()
    corpus = seeds()
    mutators = {"dpic": mutate_dpic, "questionnaire": mutate_docx, "template": mutate_docx}
    outcomes: Counter = Counter()
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        for reader, share in SHARES.items():
            suffix = ".dpic" if reader == "dpic" else ".docx"
            path = Path(folder) / f"input{suffix}"
            for number in range(max(1, round(inputs * share))):
                data = mutators[reader](rng, rng.choice(corpus[reader]))
                path.write_bytes(data)
                try:
                    readers.run[reader](path)
                    outcomes[(reader, "loaded")] += 1
                except readers.expected:
                    outcomes[(reader, "refused")] += 1
                except RecursionError:
                    outcomes[(reader, "crash")] += 1
                    _crash(reader, number, data, "RecursionError", keep, report)
                except Exception as error:  # noqa: BLE001 (any other exception is what the fuzzer looks for)
                    outcomes[(reader, "crash")] += 1
                    last = traceback.extract_tb(error.__traceback__)[-1]
                    _crash(reader, number, data, f"{type(error).__name__} at {Path(last.filename).name}:"
                           f"{last.lineno}", keep, report)
    return outcomes


def _crash(reader: str, number: int, data: bytes, what: str, keep: Path | None, report) -> None:
    name = f"{reader}-{number}{'.dpic' if reader == 'dpic' else '.docx'}"
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / name).write_bytes(data)
    report(f"CRASH {name}: {what}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="folder where inputs that crashed a reader are written")
    args = parser.parse_args()
    os.environ.setdefault("DPI_CONSULT_HOME", tempfile.mkdtemp(prefix="fuzz-home-"))
    started = time.perf_counter()
    outcomes = fuzz(args.inputs, args.seed, args.keep)
    seconds = time.perf_counter() - started
    total = sum(outcomes.values())
    print(f"{total} inputs in {seconds:.0f} s (seed {args.seed})")
    for reader in SHARES:
        counts = {outcome: outcomes[(reader, outcome)] for outcome in ("loaded", "refused", "crash")}
        print(f"  {reader:14} loaded {counts['loaded']:6}  refused (own error) {counts['refused']:6}  "
              f"crash {counts['crash']}")
    crashes = sum(outcomes[(reader, "crash")] for reader in SHARES)
    print("OK: every input loaded or refused with the app's own error" if not crashes else f"{crashes} crashes")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
