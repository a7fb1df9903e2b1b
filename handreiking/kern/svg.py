"""An organisation's SVG logo, made safe to publish: parsed as XML (no DTD, no entities), rebuilt
from an allow-list of drawing elements and attributes, and serialised anew.

A string search cannot clean XML (a script under another namespace prefix, an entity-encoded
`javascript:`, an animation that sets `href`), so nothing of the original text is published: only
what the allow-list rebuilds. What could run or load something is refused, naming the first
offending element; what is merely unknown (an editor's metadata) is left out."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 (only to build and serialise; parsing is defusedxml's)

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
MAX_BYTES = 1_000_000  # a logo is a few KB; larger input is refused before parsing
MAX_ELEMENTS = 20_000

# Drawing, grouping, gradients, clipping and text: enough for any exported logo.
ELEMENTS = frozenset(
    """svg g defs symbol use title desc path rect circle ellipse line polyline polygon text tspan
    linearGradient radialGradient stop clipPath mask pattern style""".split()
)
# Elements that run, load or change the drawing over time: refused, not dropped.
ACTIVE = frozenset(
    """script foreignObject iframe embed object image feImage a set animate animateMotion
    animateTransform animateColor discard handler listener""".split()
)
ATTRIBUTES = frozenset(
    """id class viewBox width height x y x1 y1 x2 y2 cx cy r rx ry d points transform fill
    fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray
    stroke-dashoffset stroke-opacity opacity offset stop-color stop-opacity gradientUnits gradientTransform
    spreadMethod fx fy clip-path clip-rule clipPathUnits mask maskUnits maskContentUnits patternUnits
    patternContentUnits patternTransform preserveAspectRatio version font-family font-size font-weight
    font-style text-anchor dominant-baseline letter-spacing word-spacing dx dy visibility display color
    vector-effect shape-rendering paint-order style href role aria-label aria-hidden focusable""".split()
)
# A reference may only point inside the file: url(#id) or href="#id".
OUTSIDE_URL = re.compile(r"url\(\s*(?![\"']?#)", re.I)
CSS_DANGER = re.compile(r"@import|\\|expression\s*\(|javascript:|behavior\s*:|-moz-binding", re.I)


class SvgFout(ValueError):
    """The logo is not XML, or holds something that could run or load content; the message is Dutch."""


def _local(tag: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag or attribute name."""
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def _check_css(text: str, where: str) -> None:
    """Refuse CSS that imports, loads from outside or hides that behind escapes."""
    if CSS_DANGER.search(text) or OUTSIDE_URL.search(text):
        raise SvgFout(f"{where} bevat CSS die iets van buiten laadt (@import of url() naar een ander bestand)")


def _clean(node: ET.Element, count: list[int]) -> ET.Element | None:
    """A copy of `node` with only allowed elements and attributes; None for what is left out."""
    count[0] += 1
    if count[0] > MAX_ELEMENTS:
        raise SvgFout(f"het logo heeft meer dan {MAX_ELEMENTS} elementen")
    ns, name = _local(node.tag) if isinstance(node.tag, str) else ("", "")
    if name in ACTIVE or name.lower() in {a.lower() for a in ACTIVE}:
        raise SvgFout(f"het element <{name}> kan een script uitvoeren, iets laden of de tekening veranderen")
    if ns != SVG or name not in ELEMENTS:
        return None  # metadata of a drawing program, or text outside the SVG namespace
    copy = ET.Element(f"{{{SVG}}}{name}")
    for key, value in node.attrib.items():
        ans, aname = _local(key)
        where = f"<{name} {aname}=…>"
        if aname.lower().startswith("on"):
            raise SvgFout(f"{where} is een gebeurtenis die een script start")
        if re.sub(r"[\s\x00-\x1f]", "", value).lower().startswith(("javascript:", "data:", "vbscript:")):
            raise SvgFout(f"{where} verwijst naar een script of ingesloten inhoud")
        if aname == "href" and ans in ("", XLINK):
            if not value.strip().startswith("#"):
                raise SvgFout(f"{where} verwijst naar een ander bestand of een andere website")
            copy.set(f"{{{XLINK}}}href" if ans else "href", value.strip())
            continue
        if ans or aname not in ATTRIBUTES:
            continue  # an editor's own attribute (inkscape:…, sodipodi:…, data-…): not needed to draw
        if aname == "style" or "url(" in value.lower():
            _check_css(value, where)
        copy.set(aname, value)
    if name == "style":
        _check_css(node.text or "", "<style>")
        copy.text = node.text
    elif name in ("text", "tspan", "title", "desc"):
        copy.text = node.text
    for child in node:
        kept = _clean(child, count)
        if kept is not None:
            if name in ("text", "tspan"):
                kept.tail = child.tail
            copy.append(kept)
    return copy


def schoon(data: bytes) -> bytes:
    """The logo rebuilt from the allow-list, as UTF-8 SVG; raises SvgFout (Dutch) when it cannot be."""
    if len(data) > MAX_BYTES:
        raise SvgFout(f"het logo is groter dan {MAX_BYTES // 1_000_000} MB")
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise SvgFout("het bestand heeft een DOCTYPE of eigen entiteiten; een logo heeft die niet nodig") from None
    except ET.ParseError as err:
        raise SvgFout(f"het is geen geldige XML ({err})") from None
    if _local(root.tag) != (SVG, "svg"):
        raise SvgFout("het bovenste element is geen <svg> in de SVG-namespace")
    clean = _clean(root, [0])
    ET.register_namespace("", SVG)
    ET.register_namespace("xlink", XLINK)
    return ET.tostring(clean, encoding="utf-8", xml_declaration=True)
