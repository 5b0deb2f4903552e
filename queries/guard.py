"""liandong's own read-only guard for ad hoc Cypher.

The embedded store ignores the driver's read access mode, so whatever a user types goes through
this check first; what passes still runs in a transaction that is always rolled back
(:mod:`queries.adhoc`). The check works on tokens, never on the raw text:

* the text is split the way a Cypher lexer splits it — string literals (with ``\\`` escapes),
  backtick identifiers (with doubled backticks), ``//`` and ``/* */`` comments, numbers,
  parameters, words, punctuation — so a keyword inside a string or comment is not one, and a
  keyword hidden by a comment trick is seen;
* outside strings, comments and backtick identifiers only ASCII, whitespace and Unicode
  letters/digits are allowed; every word is NFKC-normalised (full-width ``ＣＲＥＡＴＥ`` → ``CREATE``)
  and mapped through a small table of Cyrillic/Greek look-alikes before it is compared,
  case-insensitively, with the refused keywords;
* refused: updating clauses (CREATE, INSERT, MERGE, SET, DELETE, DETACH, NODETACH, REMOVE, FOREACH,
  LOAD CSV), schema and admin commands (DROP, ALTER, GRANT, DENY, REVOKE, START, STOP, RENAME,
  ENABLE, TERMINATE, …, SHOW other than indexes/constraints/functions/procedures),
  ``CALL … IN TRANSACTIONS``, ``USE``, transaction and session control (COMMIT, ROLLBACK, BEGIN,
  TRANSACTION, SESSION, SAVEPOINT, RELEASE, ABORT), more than one statement, procedures not on
  :data:`ALLOWED_PROCEDURES`, namespaced functions outside :data:`ALLOWED_FUNCTION_NAMESPACES`;
* a word is a name, not a keyword, only where the server must read it as a name: after a
  property dot (``n.set``), as a parameter (``$set``), inside backticks, or as a map key
  (``{set: 1}``).

Every refusal is a :class:`Refused` (a :class:`graph.errors.QueryError`) whose message says what
was refused, where, and why, on one line.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from graph.errors import QueryError

MAX_LENGTH = 20_000

UPDATING = {
    "CREATE": "it creates data",
    "INSERT": "it creates data",
    "MERGE": "it creates or changes data",
    "SET": "it changes data",
    "DELETE": "it deletes data",
    "DETACH": "it deletes data",
    "NODETACH": "it deletes data",
    "REMOVE": "it changes data",
    "FOREACH": "it is only useful for updates",
    "LOAD": "LOAD CSV reads files and URLs",
}
ADMIN = {
    "DROP": "schema and admin commands are not allowed",
    "ALTER": "schema and admin commands are not allowed",
    "GRANT": "schema and admin commands are not allowed",
    "DENY": "schema and admin commands are not allowed",
    "REVOKE": "schema and admin commands are not allowed",
    "START": "schema and admin commands are not allowed",
    "STOP": "schema and admin commands are not allowed",
    "RENAME": "schema and admin commands are not allowed",
    "ENABLE": "schema and admin commands are not allowed",
    "DEALLOCATE": "schema and admin commands are not allowed",
    "REALLOCATE": "schema and admin commands are not allowed",
    "TERMINATE": "schema and admin commands are not allowed",
    "SUSPEND": "schema and admin commands are not allowed",
    "USE": "queries run on liandong's database only",
    "TRANSACTIONS": "CALL … IN TRANSACTIONS commits on its own",
    "PERIODIC": "USING PERIODIC COMMIT commits on its own",
}
# transaction and session control: the console runs each statement in a transaction of its own,
# always rolled back; a statement that commits, rolls back, begins or ends one (or a session)
# would step outside that net
CONTROL = {
    "COMMIT": "transaction control is not allowed: every console statement is rolled back",
    "ROLLBACK": "transaction control is not allowed: every console statement is rolled back",
    "BEGIN": "transaction control is not allowed: every console statement runs in a transaction of its own",
    "TRANSACTION": "transaction control is not allowed",
    "SESSION": "session control is not allowed",
    "SAVEPOINT": "transaction control is not allowed",
    "RELEASE": "transaction control is not allowed",
    "ABORT": "transaction control is not allowed",
}
REFUSED_WORDS = {**UPDATING, **ADMIN, **CONTROL}

# SHOW is allowed only for these (schema reads); SHOW USERS/ROLES/PRIVILEGES/DATABASES/… are refused
SHOW_QUALIFIERS = {
    "ALL", "RANGE", "TEXT", "POINT", "LOOKUP", "FULLTEXT", "VECTOR", "BTREE", "UNIQUE", "UNIQUENESS",
    "EXIST", "EXISTENCE", "NODE", "RELATIONSHIP", "REL", "KEY", "PROPERTY", "TYPE", "BUILT", "IN", "USER",
    "DEFINED",
}
SHOW_ALLOWED = {"INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTION", "FUNCTIONS", "PROCEDURE", "PROCEDURES"}

ALLOWED_PROCEDURES = frozenset({
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.visualization",
    "db.schema.nodeTypeProperties",
    "db.schema.relTypeProperties",
})
ALLOWED_FUNCTION_NAMESPACES = (
    "date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector.similarity",
)

# letters NFKC leaves alone that look like Latin ones (Cyrillic, Greek): used only to refuse
LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y",
    "х": "x", "ѕ": "s", "і": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "Α": "A", "Β": "B",
    "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
})
# ends of a // comment: every line terminator any Cypher lexer might honour (stricter is safer)
LINE_ENDS = "\n\r\u2028\u2029\u0085\x0b\x0c"


class Refused(QueryError):
    """The guard refused a statement; ``what`` names the offending token, ``why`` the reason."""

    def __init__(self, what: str, why: str, *, line: int | None = None, column: int | None = None) -> None:
        self.what = what
        self.why = why
        self.line = line
        self.column = column
        where = f" at line {line}, column {column}" if line is not None else ""
        super().__init__(f"refused {what}{where}: {why} — ad hoc Cypher is read-only")


@dataclass(frozen=True)
class Token:
    kind: str  # word | name (backtick) | string | number | param | punct
    text: str  # as typed
    norm: str  # words: NFKC, look-alikes mapped, upper case; names: the unescaped name
    pos: int


@dataclass(frozen=True)
class Checked:
    """A statement that passed: ``text`` is what to send (a trailing ``;`` removed)."""

    text: str
    tokens: tuple[Token, ...]


def _where(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, col


def _refuse(text: str, pos: int, what: str, why: str) -> Refused:
    line, col = _where(text, pos)
    return Refused(what, why, line=line, column=col)


def _is_ident_char(ch: str) -> bool:
    return ch == "_" or unicodedata.category(ch)[0] in "LNM"


def _norm_word(word: str) -> str:
    return unicodedata.normalize("NFKC", word).translate(LOOKALIKES).upper()


def _char_name(ch: str) -> str:
    try:
        return f"{ch!r} (U+{ord(ch):04X} {unicodedata.name(ch)})"
    except ValueError:
        return f"U+{ord(ch):04X}"


def tokenize(text: str) -> list[Token]:
    """Split Cypher into tokens; unterminated strings/comments and strange characters are refused."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace() or (ch == "\ufeff" and i == 0):
            i += 1
            continue
        two = text[i : i + 2]
        if two == "//":
            j = i + 2
            while j < n and text[j] not in LINE_ENDS:
                j += 1
            i = j
            continue
        if two == "/*":
            j = text.find("*/", i + 2)
            if j < 0:
                raise _refuse(text, i, "an unterminated /* comment", "the comment never ends, so what follows is unclear")
            i = j + 2
            continue
        if ch in "'\"":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise _refuse(text, i, "an unterminated string", f"the string opened with {ch} never ends")
            tokens.append(Token("string", text[i : j + 1], "", i))
            i = j + 1
            continue
        if ch == "`":
            j = i + 1
            while True:
                k = text.find("`", j)
                if k < 0:
                    raise _refuse(text, i, "an unterminated backtick name", "the name opened with ` never ends")
                if text[k + 1 : k + 2] == "`":  # doubled backtick: a literal one
                    j = k + 2
                    continue
                break
            inner = text[i + 1 : k].replace("``", "`")
            tokens.append(Token("name", text[i : k + 1], inner, i))
            i = k + 1
            continue
        if ch == "$":
            j = i + 1
            if j < n and text[j] == "`":
                k = text.find("`", j + 1)
                if k < 0:
                    raise _refuse(text, i, "an unterminated backtick name", "the parameter name never ends")
                j = k + 1
            else:
                while j < n and _is_ident_char(text[j]):
                    j += 1
            tokens.append(Token("param", text[i:j], text[i + 1 : j], i))
            i = j
            continue
        if ch.isascii() and ch.isdigit():
            j = i + 1
            while j < n and (text[j].isascii() and (text[j].isalnum() or text[j] == "_")):
                j += 1
            if j + 1 < n and text[j] == "." and text[j + 1].isascii() and text[j + 1].isdigit():
                j += 1
                while j < n and text[j].isascii() and (text[j].isalnum() or text[j] == "_"):
                    j += 1
            if j < n and text[j - 1] in "eE" and text[j] in "+-":  # 1e-5
                j += 1
                while j < n and text[j].isascii() and text[j].isdigit():
                    j += 1
            tokens.append(Token("number", text[i:j], text[i:j], i))
            i = j
            continue
        if _is_ident_char(ch):
            j = i + 1
            while j < n and _is_ident_char(text[j]):
                j += 1
            word = text[i:j]
            norm = _norm_word(word)
            if not all(c.isascii() or _is_ident_char(c) for c in norm):
                raise _refuse(text, i, f"the word {word!r}", "it contains look-alike punctuation — type it in ASCII")
            tokens.append(Token("word", word, norm, i))
            i = j
            continue
        if ch.isascii():
            if ch == "\\":
                raise _refuse(text, i, "a backslash", "escapes are only allowed inside strings")
            if not ch.isprintable():
                raise _refuse(text, i, f"the control character {_char_name(ch)}", "it is not allowed outside strings")
            if two in ("..", "<>", "<=", ">=", "=~", "->", "<-", "+=", "::"):
                tokens.append(Token("punct", two, two, i))
                i += 2
                continue
            tokens.append(Token("punct", ch, ch, i))
            i += 1
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch and folded.isascii():
            raise _refuse(
                text, i, f"the look-alike character {_char_name(ch)}",
                f"type the ASCII {folded!r} instead (full-width punctuation is not Cypher)",
            )
        raise _refuse(text, i, f"the character {_char_name(ch)}", "only ASCII, letters and digits are allowed outside strings and comments")
    return tokens


def _is_name_token(t: Token) -> bool:
    return t.kind in ("word", "name")


def _qualified_name(tokens: list[Token], start: int) -> tuple[str, int]:
    """Read ``a.b.c`` (words or backtick names separated by dots) from ``start``; returns (name, next index)."""
    parts: list[str] = []
    i = start
    while i < len(tokens) and _is_name_token(tokens[i]):
        t = tokens[i]
        parts.append(unicodedata.normalize("NFKC", t.text) if t.kind == "word" else t.norm)
        if i + 1 < len(tokens) and tokens[i + 1].text == "." and i + 2 < len(tokens) and _is_name_token(tokens[i + 2]):
            i += 2
            continue
        i += 1
        break
    return ".".join(parts), i


def _brace_kinds(tokens: list[Token]) -> list[str | None]:
    """For each token, the kind of the innermost open brace: 'map' or 'block' (subquery, quantifier)."""
    out: list[str | None] = []
    stack: list[str] = []
    for idx, t in enumerate(tokens):
        out.append(stack[-1] if stack else None)
        if t.text == "{":
            prev = tokens[idx - 1] if idx else None
            block = prev is not None and (
                prev.text == ")" or (prev.kind == "word" and prev.norm in ("CALL", "EXISTS", "COUNT", "COLLECT", "DO", "THEN", "ELSE"))
            )
            stack.append("block" if block else "map")
        elif t.text == "}" and stack:
            stack.pop()
    return out


def _is_name_position(tokens: list[Token], i: int, braces: list[str | None]) -> bool:
    """True where the server must read the word at ``i`` as a name, never as a keyword."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.text == ".":
        before = tokens[i - 2] if i > 1 else None
        # n.set, list[0].set, n {.set, .end}: a property key — never after a number (1.CREATE)
        return before is not None and (
            before.kind in ("word", "name", "param") or before.text in (")", "]", "}", "{", ",")
        )
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    # {set: 1}: a map key
    return nxt is not None and nxt.text == ":" and prev is not None and prev.text in ("{", ",") and braces[i] == "map"


def check(text: str) -> Checked:
    """Refuse anything that is not one read-only statement; return what may be sent."""
    if len(text) > MAX_LENGTH:
        raise Refused("the statement", f"it is longer than {MAX_LENGTH:,} characters")
    tokens = tokenize(text)
    if not tokens:
        raise Refused("an empty statement", "there is nothing to run")
    send = text
    semis = [k for k, t in enumerate(tokens) if t.text == ";"]
    if semis:
        if semis != [len(tokens) - 1]:
            raise _refuse(text, tokens[semis[0]].pos, "a second statement after ';'", "run one statement at a time")
        send = text[: tokens[-1].pos]
        tokens = tokens[:-1]
        if not tokens:
            raise Refused("an empty statement", "there is nothing to run")
    braces = _brace_kinds(tokens)
    for i, t in enumerate(tokens):
        if t.kind != "word" or _is_name_position(tokens, i, braces):
            continue
        word = t.norm
        if word in REFUSED_WORDS:
            plain = t.text.isascii() and t.text.upper() == word
            shown = t.text if plain else f"{t.text} (read as {word})"
            what = "LOAD CSV" if word == "LOAD" else shown
            hint = "" if not plain or t.text == t.text.upper() else f" (a name spelt {t.text} must be in backticks)"
            raise _refuse(text, t.pos, what, REFUSED_WORDS[word] + hint)
        if word == "SHOW":
            j = i + 1
            while j < len(tokens) and tokens[j].kind == "word" and tokens[j].norm in SHOW_QUALIFIERS:
                j += 1
            if j >= len(tokens) or tokens[j].kind != "word" or tokens[j].norm not in SHOW_ALLOWED:
                target = " ".join(x.text for x in tokens[i : j + 1])
                raise _refuse(text, t.pos, target, "only SHOW INDEXES/CONSTRAINTS/FUNCTIONS/PROCEDURES are allowed")
        if word == "CALL":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None:
                raise _refuse(text, t.pos, "CALL", "it names no procedure")
            if nxt.text in ("{", "("):
                continue  # a subquery; its body is checked token by token like the rest
            if not _is_name_token(nxt):
                raise _refuse(text, nxt.pos, f"CALL {nxt.text}", "expected a procedure name or a subquery")
            name, _ = _qualified_name(tokens, i + 1)
            if name not in ALLOWED_PROCEDURES:
                raise _refuse(
                    text, nxt.pos, f"the procedure {name}",
                    f"only {', '.join(sorted(ALLOWED_PROCEDURES))} may be called",
                )
    # namespaced functions: name.name(…) not preceded by CALL
    for i, t in enumerate(tokens):
        if t.text != "(" or i == 0 or not _is_name_token(tokens[i - 1]):
            continue
        j = i - 1
        while j >= 2 and tokens[j - 1].text == "." and _is_name_token(tokens[j - 2]):
            j -= 2
        if j > 0 and tokens[j - 1].kind == "word" and tokens[j - 1].norm == "CALL":
            continue  # checked above
        name, _ = _qualified_name(tokens, j)
        if "." not in name:
            continue  # a built-in function (user functions always have a namespace)
        if not any(name.startswith(ns + ".") for ns in ALLOWED_FUNCTION_NAMESPACES):
            raise _refuse(
                text, tokens[j].pos, f"the function {name}",
                f"only built-in functions and {', '.join(ns + '.*' for ns in ALLOWED_FUNCTION_NAMESPACES)} are allowed",
            )
    return Checked(send, tuple(tokens))
