"""Write a memo's text as a Word file or a PDF, as the municipality's systems would hand it over.

Used by the evaluation and the tests to check that every format gives the same draft. The PDF
uses DejaVu Sans (Debian: fonts-dejavu-core), which covers å, ä and ö; headings are bold and
larger, by level, as Word prints them; every page has a running header and a page number.
"""

from __future__ import annotations

from pathlib import Path

from register.tools.memo.blocks import blocks

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_HEADING_SIZES = {1: 16.0, 2: 14.0, 3: 12.5, 4: 11.5, 5: 11.0, 6: 11.0}
BODY_SIZE = 10.0


def write_docx(text: str, path: Path) -> Path:
    import docx

    document = docx.Document()
    for block in blocks(text):
        if block.is_heading:
            document.add_heading(block.text, level=min(block.level, 9))
        else:
            document.add_paragraph(block.text)
    document.save(str(path))
    return path


def write_pdf(text: str, path: Path) -> Path:
    from fpdf import FPDF

    if not (FONT_DIR / "DejaVuSans.ttf").is_file():
        raise FileNotFoundError(f"{FONT_DIR}/DejaVuSans.ttf saknas; installera Debians paket fonts-dejavu-core")

    class MemoPdf(FPDF):
        """Each page with the municipality's name above and its page number below, as the memos have."""

        def header(self) -> None:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, "Malmö stad", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"{self.page_no()} ({{nb}})", align="C")

    pdf = MemoPdf(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.alias_nb_pages()
    pdf.add_page()
    for block in blocks(text):
        size = _HEADING_SIZES[block.level] if block.is_heading else BODY_SIZE
        pdf.set_font("DejaVu", "B" if block.is_heading else "", size)
        pdf.multi_cell(0, size * 0.5, block.text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(size * 0.4)
    pdf.output(str(path))
    return path
