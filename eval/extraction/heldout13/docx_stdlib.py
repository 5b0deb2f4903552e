"""A tiny stdlib .docx writer and reader (python-docx is missing from /usr/bin/python3).

write: one paragraph per line, one run each, xml:space="preserve", fixed zip timestamps (rebuilds give the same bytes).
read:  paragraph texts (w:t of each w:p, w:tab as a tab, w:br/w:cr as a newline), joined by newlines — the same text
       python-docx's `'\n'.join(p.text for p in Document(...).paragraphs)` gives for these files.
`patch(goldkit)` swaps goldkit's python-docx functions for these two when python-docx cannot be imported.
"""
import io
import zipfile
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
FIXED = (2026, 1, 1, 0, 0, 0)
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')


def docx_bytes(paragraphs):
    body = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' if p else '<w:p/>'
                   for p in paragraphs)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{body}'
           '<w:sectPr/></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', CT), ('_rels/.rels', RELS), ('word/document.xml', doc)):
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return out.getvalue()


def docx_text(data):
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read('word/document.xml'))
    paras = []
    for p in root.iter(f'{{{W}}}p'):
        parts = []
        for el in p.iter():
            if el.tag == f'{{{W}}}t':
                parts.append(el.text or '')
            elif el.tag == f'{{{W}}}tab':
                parts.append('\t')
            elif el.tag in (f'{{{W}}}br', f'{{{W}}}cr'):
                parts.append('\n')
        paras.append(''.join(parts))
    return '\n'.join(paras)


def patch(goldkit):
    try:
        import docx  # noqa: F401
    except ImportError:
        goldkit._docx_bytes = docx_bytes
        goldkit.docx_text = docx_text
