"""A DCAT-AP-SE description of the register's open data (`oppna-data/dcat.jsonld`), for harvesting.

Sweden's national data portal (dataportal.se) harvests catalogues described with DCAT-AP-SE
(the Swedish profile of DCAT-AP). The catalogue holds one dataset, the register, with one
distribution per whole-register file; each says its format, media type, licence (CC0 1.0 unless
mkdocs.yml says otherwise) and address. A gzipped file (register.json.gz) keeps the format and
media type of what it holds and says `dcat:compressFormat` application/gzip, as DCAT-AP does. Written as JSON-LD, one of RDF's own serialisations, with
every term in full through the context below, so any RDF library reads it without fetching.
"""

from __future__ import annotations

from typing import Any

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
FILE_NAME = "dcat.jsonld"
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
# The EU's file-type vocabulary, which DCAT-AP-SE asks for in dcterms:format.
FORMATS = {
    "application/json": "JSON",
    "text/csv": "CSV",
    "application/vnd.sqlite3": "BIN",
    "application/schema+json": "JSON",
}
IANA = "https://www.iana.org/assignments/media-types/"
COMPRESS_FORMATS = {"gz": IANA + "application/gzip"}
THEME = "http://publications.europa.eu/resource/authority/data-theme/GOVE"  # government and public sector
SPATIAL = "http://publications.europa.eu/resource/authority/atu/SWE_KOM_1280"  # Malmö kommun (kommunkod 1280)


def _text(value: str) -> dict[str, str]:
    return {"@value": value, "@language": "sv"}


def _distribution(
    base: str, licence_url: str, path: str, title: str, description: str, media_type: str, compression: str | None
) -> dict[str, Any]:
    distribution: dict[str, Any] = {
        "@id": base + path + "#distribution",
        "@type": "dcat:Distribution",
        "dcterms:title": _text(title),
        "dcterms:description": _text(description),
        "dcat:accessURL": {"@id": base + path},
        "dcat:downloadURL": {"@id": base + path},
        "dcat:mediaType": {"@id": IANA + media_type},
        "dcterms:format": {"@id": EU_FILE_TYPE + FORMATS.get(media_type, "BIN")},
        "dcterms:license": {"@id": licence_url},
    }
    if compression:
        distribution["dcat:compressFormat"] = {"@id": COMPRESS_FORMATS[compression]}
    return distribution


def catalogue(
    base: str,
    site_name: str,
    publisher: str,
    licence_url: str,
    contact_url: str,
    contact_email: str | None,
    # (site-relative path, title, description, media type of the data, compression or None)
    files: list[tuple[str, str, str, str, str | None]],
    modified: str | None,
) -> dict[str, Any]:
    """The catalogue as a JSON-LD document (absolute addresses from `base`, which ends in '/')."""
    publisher_node = {"@id": base + "#utgivare", "@type": "foaf:Agent", "foaf:name": _text(publisher)}
    contact: dict[str, Any] = {
        "@id": base + "#kontakt",
        "@type": "vcard:Organization",
        "vcard:fn": _text(publisher),
        "vcard:hasURL": {"@id": contact_url},
    }
    if contact_email:
        contact["vcard:hasEmail"] = {"@id": f"mailto:{contact_email}"}
    distributions = [_distribution(base, licence_url, *described) for described in files]
    dataset: dict[str, Any] = {
        "@id": base + "oppna-data/#dataset",
        "@type": "dcat:Dataset",
        "dcterms:title": _text(site_name),
        "dcterms:description": _text(
            "Arbetsmarknads- och socialnämndens i Malmö stad beslut om bidrag och idéburna offentliga "
            "partnerskap (IOP) med civilsamhället: ärenden, organisationer, verksamheter, partnerskap, "
            "organ och pengarna mellan dem, ur nämndens tjänsteskrivelser."
        ),
        "dcterms:publisher": publisher_node,
        "dcat:contactPoint": contact,
        "dcat:theme": {"@id": THEME},
        "dcterms:spatial": {"@id": SPATIAL},
        "dcat:keyword": [_text(word) for word in ("bidrag", "idéburet offentligt partnerskap", "civilsamhälle")],
        "dcat:landingPage": {"@id": base + "oppna-data/"},
        "dcterms:accessRights": {"@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"},
        "dcat:distribution": distributions,
    }
    if modified:
        dataset["dcterms:modified"] = {"@value": modified, "@type": "xsd:date"}
    return {
        "@context": CONTEXT,
        "@id": base + "oppna-data/#katalog",
        "@type": "dcat:Catalog",
        "dcterms:title": _text(f"{site_name}: öppna data"),
        "dcterms:description": _text("Katalog över registrets öppna data."),
        "dcterms:publisher": publisher_node,
        "dcterms:license": {"@id": licence_url},
        "foaf:homepage": {"@id": base},
        "dcat:dataset": dataset,
    }
