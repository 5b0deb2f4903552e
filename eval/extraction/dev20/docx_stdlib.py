"""Stdlib .docx hooks for dev6's goldkit (imported, not copied): a minimal WordprocessingML writer and a
reader that returns the paragraphs' text joined by newlines (what python-docx's paragraph.text gives
for one run of plain text per paragraph)."""
import io
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))
import goldkit  # noqa: E402

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" '
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')


def docx_bytes(paragraphs):
    body = ''.join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' if p else '<w:p/>'
        for p in paragraphs)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', CT), ('_rels/.rels', RELS), ('word/document.xml', doc)):
            z.writestr(zipfile.ZipInfo(name, date_time=goldkit.FIXED_ZIP_TIME), data.encode('utf-8'),
                       zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx_text(data):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read('word/document.xml'))
    paras = []
    for p in root.iter(f'{{{W}}}p'):
        paras.append(''.join(t.text or '' for t in p.iter(f'{{{W}}}t')))
    return '\n'.join(paras)


goldkit._docx_bytes = docx_bytes
goldkit.docx_text = docx_text
