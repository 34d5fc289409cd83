"""Builds the hostile dropped files of tests/data/hostile into a folder, at test time.

Links, odd names and large archives cannot be committed as they are (git keeps a link as
a link, and a Word file that unpacks to 1 GiB is not something to keep in a repository),
so each is made here. `build(folder, secret)` returns every item with what jobdesk must do
with it; `docx_bomb(path, inflated)` writes a real Word document whose text part unpacks to
`inflated` bytes from about a thousandth of that on disk.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Hostile:
    path: Path
    refused: str = ""  # a phrase of the refusal's message; "" when the file must be kept
    note: str = ""  # a phrase of the note a kept file carries
    shown_as: str = ""  # the name the user must see, when it is not the file's own


def build(folder: Path, secret: Path) -> list[Hostile]:
    """Every hostile item in `folder`; `secret` is a file outside it that must never be kept."""
    folder.mkdir(parents=True, exist_ok=True)
    items: list[Hostile] = []

    def link(name: str, target: Path | str) -> Path:
        path = folder / name
        path.symlink_to(target)
        return path

    drop_itself = "Drop the file itself"
    items.append(Hostile(link("passwd.pdf", "/etc/passwd"), refused=drop_itself))
    items.append(Hostile(link("offer.txt", secret), refused=drop_itself))
    items.append(Hostile(link("relative.txt", os.path.relpath(secret, folder)), refused="a link"))
    items.append(Hostile(link("loop-a.pdf", folder / "loop-b.pdf"), refused="a link"))
    items.append(Hostile(link("loop-b.pdf", folder / "loop-a.pdf"), refused="a link"))
    items.append(Hostile(link("self.pdf", folder / "self.pdf"), refused="a link"))
    items.append(Hostile(link("dangling.pdf", folder / "nowhere.pdf"), refused="a link"))
    items.append(Hostile(link("to-folder", folder), refused="a link"))
    items.append(Hostile(link("to-dev-zero.txt", "/dev/zero"), refused="a link"))
    chain = link("chain-1.txt", link("chain-2.txt", secret))
    items.append(Hostile(chain, refused="a link"))

    pdf = _tiny_pdf("Base salary: $185,000")
    wrapped = folder / "letter.txt"
    wrapped.write_bytes(b"Forwarded message follows\n" + pdf)
    items.append(Hostile(wrapped, note="a PDF was found after 26 bytes"))
    late = folder / "late-header.txt"
    late.write_bytes(b"x" * 1000 + b"\n" + pdf)
    items.append(Hostile(late, note="a PDF was found after 1,001 bytes"))
    fake = folder / "not-really.pdf"
    fake.write_bytes(b"<html><body>Offer</body></html>\n")
    items.append(Hostile(fake, note="no PDF was found in its first 1,024 bytes"))
    fake_docx = folder / "not-really.docx"
    fake_docx.write_text("plain text pretending\n")
    items.append(Hostile(fake_docx, note="not a Word document inside"))

    latin1 = Path(os.fsdecode(bytes(folder).rstrip(b"/") + b"/caf\xe9 offer.txt"))
    latin1.write_bytes(b"Base salary: 185,000 EUR\n")
    items.append(Hostile(latin1, shown_as="caf\ufffd offer.txt"))

    crowded = folder / "many-parts.docx"
    crowded.write_bytes(_docx_with_members(3000))
    items.append(Hostile(crowded, note="3,000 parts inside"))
    return items


def _tiny_pdf(text: str) -> bytes:
    """A one-page PDF with `text` on it, written by hand (no Qt needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _base_docx() -> dict[str, bytes]:
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Base salary: $185,000")
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _docx_with_members(count: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _base_docx().items():
            archive.writestr(name, data)
        for number in range(count - len(archive.namelist())):
            archive.writestr(f"extra/part{number}.xml", b"<a/>")
    return buffer.getvalue()


def docx_bomb(path: Path, inflated: int = 1 << 30) -> None:
    """A valid Word document whose word/document.xml unpacks to `inflated` bytes."""
    parts = _base_docx()
    head = parts["word/document.xml"].split(b"<w:body>")[0] + b"<w:body><w:p><w:r><w:t>"
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    padding = inflated - len(head) - len(tail)
    block = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            if name == "word/document.xml":
                continue
            archive.writestr(name, data)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            member.write(head)
            for _ in range(padding // len(block)):
                member.write(block)
            member.write(b" " * (padding % len(block)))
            member.write(tail)


def pdf_bomb(path: Path, inflated: int = 1 << 30) -> None:
    """A one-page PDF whose content stream unpacks to `inflated` bytes of spaces."""
    import zlib

    packer = zlib.compressobj(1)
    block = b" " * (1 << 20)
    chunks = [packer.compress(b"BT /F1 12 Tf 72 720 Td (Base salary) Tj ET\n")]
    chunks += [packer.compress(block) for _ in range(inflated // len(block))]
    chunks.append(packer.flush())
    stream = b"".join(chunks)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    with path.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        offsets = []
        for number, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)
