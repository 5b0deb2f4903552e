"""Tiny stdlib stand-in for python-docx (only what dev6/goldkit uses): Document(), add_paragraph, save,
core_properties, and Document(file).paragraphs[i].text. Used only when python-docx is not installed."""
import html
import re
import zipfile


class _Props:
    pass


class _Para:
    def __init__(self, text):
        self.text = text


_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>')
_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


class Document:
    def __init__(self, src=None):
        self.core_properties = _Props()
        self.paragraphs = []
        if src is not None:
            with zipfile.ZipFile(src) as z:
                x = z.read('word/document.xml').decode('utf-8')
            for p in re.findall(r'<w:p(?:\s[^>]*)?/>|<w:p(?:\s[^>]*)?>.*?</w:p>', x, re.S):
                ts = re.findall(r'<w:t(?:\s[^>]*)?>(.*?)</w:t>', p, re.S)
                self.paragraphs.append(_Para(html.unescape(''.join(ts))))

    def add_paragraph(self, text=''):
        self.paragraphs.append(_Para(text))

    def save(self, fh):
        body = ''.join(
            f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p.text, quote=False)}</w:t></w:r></w:p>' if p.text
            else '<w:p/>' for p in self.paragraphs)
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
               f'<w:body>{body}</w:body></w:document>')
        with zipfile.ZipFile(fh, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('[Content_Types].xml', _CT)
            z.writestr('_rels/.rels', _RELS)
            z.writestr('word/document.xml', doc)
