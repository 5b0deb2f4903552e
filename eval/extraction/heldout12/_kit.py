"""Import dev6's goldkit (not copied) and patch its .docx functions with the stdlib docxlite."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))
import goldkit  # noqa: E402
import docxlite  # noqa: E402

goldkit._docx_bytes = docxlite.write
goldkit.docx_text = docxlite.read
