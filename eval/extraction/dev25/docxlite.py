"""Tiny stdlib .docx writer/reader (python-docx is absent from /usr/bin/python3); patched into dev6's goldkit."""
import io
import re
import zipfile
from xml.sax.saxutils import escape

FIXED = (2026, 1, 1, 0, 0, 0)
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def docx_bytes(paragraphs):
    body = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' if p else '<w:p/>'
                   for p in paragraphs)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
           f'{body}</w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in (('[Content_Types].xml', CT), ('_rels/.rels', RELS), ('word/document.xml', doc)):
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return out.getvalue()


def docx_text(data):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read('word/document.xml'))
    paras = []
    for p in root.iter(f'{{{W}}}p'):
        paras.append(''.join(t.text or '' for t in p.iter(f'{{{W}}}t')))
    return '\n'.join(paras)


def patch(goldkit):
    goldkit.docx_text = docx_text
    goldkit._docx_bytes = docx_bytes
