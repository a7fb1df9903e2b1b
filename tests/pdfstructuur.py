"""The structure tree of a tagged PDF (what a screen reader reads), without a PDF library: every object
of the file (object streams unpacked) parsed into Python values, and the tree walked from the catalog.

Only what WeasyPrint writes is handled: FlateDecode object streams, no encryption."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DELIMITERS = b"()<>[]{}/%"
WHITESPACE = b"\x00\t\n\x0c\r "
OBJECT = re.compile(rb"(\d+) (\d+) obj\b")


@dataclass(frozen=True)
class Ref:
    """An indirect reference `n 0 R`."""

    number: int


class Name(str):
    """A PDF name (`/Figure` is Name("Figure"))."""


class Parser:
    """Parses PDF values from bytes, from a position on."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def skip(self) -> None:
        """Past whitespace and comments."""
        data = self.data
        while self.pos < len(data):
            if data[self.pos] in WHITESPACE:
                self.pos += 1
            elif data[self.pos : self.pos + 1] == b"%":
                while self.pos < len(data) and data[self.pos] not in b"\r\n":
                    self.pos += 1
            else:
                break

    def word(self) -> bytes:
        """A run of regular characters."""
        start = self.pos
        while self.pos < len(self.data) and self.data[self.pos] not in WHITESPACE + DELIMITERS:
            self.pos += 1
        return self.data[start : self.pos]

    def value(self) -> Any:
        """The next value: dict, list, Name, str (a string), bytes (a keyword), int, float, Ref."""
        self.skip()
        data, pos = self.data, self.pos
        if data.startswith(b"<<", pos):
            self.pos += 2
            result = {}
            while True:
                self.skip()
                if self.data.startswith(b">>", self.pos):
                    self.pos += 2
                    return result
                key = self.value()
                result[str(key)] = self.value()
        if data.startswith(b"[", pos):
            self.pos += 1
            items = []
            while True:
                self.skip()
                if self.data.startswith(b"]", self.pos):
                    self.pos += 1
                    return items
                items.append(self.value())
        if data.startswith(b"/", pos):
            self.pos += 1
            raw = self.word()
            return Name(re.sub(rb"#([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode("latin-1"))
        if data.startswith(b"(", pos):
            return self.string()
        if data.startswith(b"<", pos):
            end = data.index(b">", pos)
            self.pos = end + 1
            return decode_text(bytes.fromhex(re.sub(rb"\s", b"", data[pos + 1 : end]).decode()))
        token = self.word()
        if not token:
            raise ValueError(f"onbekend teken op {pos}: {data[pos : pos + 20]!r}")
        if re.fullmatch(rb"[+-]?\d+", token):
            save = self.pos
            self.skip()
            generation = self.word()
            self.skip()
            if re.fullmatch(rb"\d+", generation) and self.data.startswith(b"R", self.pos):
                self.pos += 1
                return Ref(int(token))
            self.pos = save
            return int(token)
        if re.fullmatch(rb"[+-]?\d*\.\d*", token):
            return float(token)
        return token  # true, false, null, stream, endobj

    def string(self) -> str:
        """A literal string (escapes and nested parentheses), decoded as PDF text."""
        data, out, depth = self.data, bytearray(), 0
        self.pos += 1
        escapes = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}
        while True:
            char = data[self.pos]
            self.pos += 1
            if char == ord("\\"):
                nxt = data[self.pos]
                self.pos += 1
                if nxt in escapes:
                    out += escapes[nxt]
                elif chr(nxt) in "01234567":
                    digits = bytes([nxt])
                    while len(digits) < 3 and chr(data[self.pos]) in "01234567":
                        digits += data[self.pos : self.pos + 1]
                        self.pos += 1
                    out.append(int(digits, 8) & 0xFF)
                elif nxt in b"\r\n":
                    if nxt == ord("\r") and data[self.pos : self.pos + 1] == b"\n":
                        self.pos += 1
                else:
                    out.append(nxt)
            elif char == ord("("):
                depth += 1
                out.append(char)
            elif char == ord(")"):
                if depth == 0:
                    return decode_text(bytes(out))
                depth -= 1
                out.append(char)
            else:
                out.append(char)


def decode_text(raw: bytes) -> str:
    """A PDF text string: UTF-16 with a byte order mark, otherwise (close enough) Latin-1."""
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    return raw.decode("latin-1")


def objects(pdf: Path) -> dict[int, Any]:
    """Every object of the file by number (object streams unpacked; the last definition wins)."""
    data = pdf.read_bytes()
    found: dict[int, Any] = {}
    streams = []
    for match in OBJECT.finditer(data):
        parser = Parser(data, match.end())
        try:
            value = parser.value()
        except (ValueError, IndexError):
            continue
        found[int(match.group(1))] = value
        parser.skip()
        if isinstance(value, dict) and data.startswith(b"stream", parser.pos):
            start = data.index(b"\n", parser.pos) + 1
            if value.get("Type") == "ObjStm":
                streams.append((value, start))
    for header, start in streams:
        body = zlib.decompressobj().decompress(data[start:])
        numbers = [int(n) for n in body[: header["First"]].split()]
        for number, offset in zip(numbers[::2], numbers[1::2], strict=True):
            found[number] = Parser(body, header["First"] + offset).value()
    return found


class Structuur:
    """The structure tree of one PDF: its elements in reading order, each with its tag and its /Alt."""

    def __init__(self, pdf: Path) -> None:
        self.objects = objects(pdf)
        catalog = next(o for o in self.objects.values() if isinstance(o, dict) and o.get("Type") == "Catalog")
        self.root = self.get(catalog["StructTreeRoot"])

    def get(self, value: Any) -> Any:
        """A value with its reference followed."""
        while isinstance(value, Ref):
            value = self.objects.get(value.number)
        return value

    def elements(self) -> list[dict]:
        """Every structure element, depth first (the document's reading order)."""
        out: list[dict] = []

        def walk(node: Any) -> None:
            node = self.get(node)
            if isinstance(node, list):
                for child in node:
                    walk(child)
            elif isinstance(node, dict) and "S" in node:
                out.append(node)
                walk(node.get("K"))

        walk(self.root.get("K"))
        return out

    def tags(self, tag: str) -> list[dict]:
        """The elements with this tag (e.g. "Figure", "H1")."""
        return [element for element in self.elements() if element["S"] == tag]

    def text(self, element: dict) -> str:
        """The /Alt (or /ActualText) of an element, or ""."""
        return str(self.get(element.get("Alt")) or self.get(element.get("ActualText")) or "")
