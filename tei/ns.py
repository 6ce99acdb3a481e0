"""Namespaces and Clark-name helpers: the one place that spells them out."""

TEI = "http://www.tei-c.org/ns/1.0"
XML = "http://www.w3.org/XML/1998/namespace"
XHTML = "http://www.w3.org/1999/xhtml"
RNG = "http://relaxng.org/ns/structure/1.0"
SCH = "http://purl.oclc.org/dsdl/schematron"
XINCLUDE = "http://www.w3.org/2001/XInclude"

XML_ID = f"{{{XML}}}id"
XML_LANG = f"{{{XML}}}lang"
NSMAP = {None: TEI}


def tei(tag: str) -> str:
    """``tei("p")`` → ``{http://www.tei-c.org/ns/1.0}p``."""
    return f"{{{TEI}}}{tag}"


def local(tag: object) -> str:
    """The local name of an element tag, '' for comments and processing instructions."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
