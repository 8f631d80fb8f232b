"""The document body as a stream of operations, rendered in chunks (in worker processes when it pays)
and joined: each chunk's lists get their numbering instances and its links their relationships."""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
import os
import re
import sys
import threading
from collections.abc import Iterator

from docx.document import Document
from lxml import etree

from dpi_consult.export.body_ops import (
    AnswerTable,
    BodyOp,
    ChosenOptions,
    Heading,
    Items,
    MarkdownAnswer,
    NoAnswer,
    Paragraph,
    PlainAnswer,
    SectionBreak,
)
from dpi_consult.export.docx_blocks import BodyWriter, Chunk, Context
from dpi_consult.export.docx_template import ListDefinitions, StyleIds, max_num_id, numbering_root
from dpi_consult.export.docx_xml import NSMAP, RT_HYPERLINK, VAL, w
from dpi_consult.markdown import parse
from dpi_consult.markdown.parser import markdown_it
from dpi_consult.progress import Progress, silent

CHUNK_CHARS = 64_000  # characters of answers per chunk: even load on the workers, fine-grained progress
PARALLEL_MIN_CHARS = 200_000  # below this (about 5 members), forking workers saves nothing measurable
_PLACEHOLDER = re.compile(rb'(<w:numId w:val="|<w:hyperlink r:id=")@[LH](\d+)"')
_NAMESPACES = b" ".join(b'xmlns:%s="%s"' % (prefix.encode(), uri.encode()) for prefix, uri in NSMAP.items())


def render(ops: list[BodyOp], styles: StyleIds) -> Chunk:
    """One chunk of operations -> body XML with local list and link placeholders."""
    writer = BodyWriter(styles)
    for op in ops:
        match op:
            case MarkdownAnswer(source, heading_base, look):
                writer.blocks(parse(source).blocks, Context(heading_base, look=look))
            case Heading(level, text, bookmark, page_break):
                writer.heading(level, text, bookmark, page_break)
            case PlainAnswer(text, style):
                writer.text_paragraph(style, text)
            case ChosenOptions(labels) | Items(labels):
                writer.labels(list(labels))
            case NoAnswer(text):
                writer.text_paragraph(None, text, char_style="emphasis")
            case Paragraph(text, style):
                writer.text_paragraph(style, text)
            case AnswerTable(header, rows, style):
                writer.text_table(header, rows, style)
            case SectionBreak(_header, sect_pr):
                writer.section_break(sect_pr)
    return writer.chunk(answer_count(ops))


def _render_job(job: tuple[list[BodyOp], StyleIds]) -> Chunk:
    return render(*job)


def split(ops: list[BodyOp], limit: int = CHUNK_CHARS) -> list[list[BodyOp]]:
    chunks: list[list[BodyOp]] = []
    current: list[BodyOp] = []
    size = 0
    for op in ops:
        current.append(op)
        size += op.size
        if size >= limit:
            chunks.append(current)
            current, size = [], 0
    if current:
        chunks.append(current)
    return chunks


def answer_count(ops: list[BodyOp]) -> int:
    return sum(op.answers if op.__class__ is AnswerTable else 1 for op in ops if op.is_answer)


def default_workers(ops: list[BodyOp]) -> int:
    """Worker processes worth starting: only for long documents, and only where forking is safe
    (Linux, no other thread running: a GUI job thread forking could deadlock the child)."""
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 1
    if sum(op.size for op in ops) < PARALLEL_MIN_CHARS:
        return 1
    # The CPUs this process may run on (a container or a job scheduler may allow fewer than exist).
    return max(1, min(len(os.sched_getaffinity(0)), 4))


def render_chunks(ops: list[BodyOp], styles: StyleIds, progress: Progress | None = None,
                  workers: int | None = None) -> Iterator[Chunk]:
    """The rendered chunks in document order; progress counts answers and may cancel."""
    progress = silent(progress)
    total = answer_count(ops)
    jobs = [(chunk, styles) for chunk in split(ops)]
    workers = default_workers(ops) if workers is None else workers
    done = 0
    progress.report(0, total)
    if workers <= 1 or len(jobs) < 2:
        for job in jobs:
            chunk = _render_job(job)
            done += chunk.answers
            progress.report(done, total)
            yield chunk
        return
    pool = _fork_pool(min(workers, len(jobs)))
    try:
        for chunk in pool.imap(_render_job, jobs):
            done += chunk.answers
            progress.report(done, total)
            yield chunk
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _fork_pool(processes: int) -> multiprocessing.pool.Pool:
    markdown_it()  # built once here rather than in every worker
    # Frozen objects are left alone by the children's garbage collector, so their pages stay shared.
    gc.freeze()
    try:
        return multiprocessing.get_context("fork").Pool(processes)
    finally:
        gc.unfreeze()


class Assembler:
    """Joins chunks into the final body text, numbering their lists and relating their links."""

    def __init__(self, document: Document, lists: ListDefinitions) -> None:
        self.pieces: list[bytes] = []
        self._numbering = numbering_root(document)
        self._cleanup = self._numbering.find(w("numIdMacAtCleanup"))
        self._lists = lists
        self._next_num = max_num_id(document) + 1
        self._rels = document.part.rels
        numbers = [int(rid[3:]) for rid in self._rels if rid.startswith("rId") and rid[3:].isdigit()]
        self._next_rid = max(numbers, default=0) + 1
        self._rids: dict[str, str] = {}
        self._body = document.element.body

    def add(self, chunk: Chunk) -> None:
        self.pieces.append(self.resolve(chunk))

    def resolve(self, chunk: Chunk) -> bytes:
        """The chunk's XML with its lists numbered and its links related in this document."""
        num_ids = [self._new_num(*spec) for spec in chunk.lists]
        rids = [self._relate(url) for url in chunk.links]

        def resolve(match: re.Match[bytes]) -> bytes:
            index = int(match[2])
            value = num_ids[index] if match[1].startswith(b"<w:numId") else rids[index]
            return match[1] + value.encode() + b'"'

        return _PLACEHOLDER.sub(resolve, chunk.xml) if num_ids or rids else chunk.xml

    def insert(self, chunk: Chunk) -> None:
        """Put the chunk at the end of the document's body now, after what python-docx has added so far (the
        blank questionnaire mixes both), before the section properties."""
        body = etree.fromstring(b"<w:body %s>%s</w:body>" % (_NAMESPACES, self.resolve(chunk)))
        end = self._body.find(w("sectPr"))
        for element in list(body):
            if end is None:
                self._body.append(element)
            else:
                end.addprevious(element)

    def _new_num(self, ordered: bool, level: int, start: int) -> str:
        """A numbering instance per list, so that each list restarts (at its own start number)."""
        num_id = str(self._next_num)
        self._next_num += 1
        num = etree.Element(w("num"), {w("numId"): num_id})
        abstract = self._lists.decimal if ordered else self._lists.bullet
        etree.SubElement(num, w("abstractNumId"), {VAL: str(abstract)})
        if ordered:
            override = etree.SubElement(num, w("lvlOverride"), {w("ilvl"): str(level)})
            etree.SubElement(override, w("startOverride"), {VAL: str(start)})
        if self._cleanup is None:
            self._numbering.append(num)
        else:
            self._cleanup.addprevious(num)
        return num_id

    def _relate(self, url: str) -> str:
        rid = self._rids.get(url)
        if rid is None:
            rid = self._rids[url] = f"rId{self._next_rid}"
            self._next_rid += 1
            # Added directly: python-docx's relate_to scans every relationship, quadratic on long annexes.
            self._rels.add_relationship(RT_HYPERLINK, url, rid, is_external=True)
        return rid
