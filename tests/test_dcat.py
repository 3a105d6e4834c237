"""oppna-data/dcat.jsonld is a DCAT-AP-SE catalogue an RDF library reads, with the properties the
profile requires, and a distribution for every whole-register file."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from register.core.load import load_register
from register.opendata.exports import OpenData, build
from register.opendata.settings import OpenDataSettings

VALID = Path(__file__).parent / "fixtures" / "valid"
BASE = "https://example.org/register/"
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")


@pytest.fixture(scope="module")
def open_data() -> OpenData:
    register, problems = load_register(VALID)
    assert register is not None, problems
    return build(register, OpenDataSettings(), BASE, "Testregistret", "registret@example.org")


@pytest.fixture(scope="module")
def graph(open_data: OpenData) -> Graph:
    export = next(f for f in open_data.files if f.path == "oppna-data/dcat.jsonld")
    assert isinstance(export.content, str)
    return Graph().parse(data=export.content, format="json-ld")


def one(graph: Graph, kind: URIRef) -> URIRef:
    (subject,) = list(graph.subjects(RDF.type, kind))
    assert isinstance(subject, URIRef)
    return subject


def test_the_catalogue_and_its_dataset_have_what_dcat_ap_se_requires(graph: Graph) -> None:
    catalogue = one(graph, DCAT.Catalog)
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCTERMS.license, FOAF.homepage, DCAT.dataset):
        assert graph.value(catalogue, prop) is not None, prop
    dataset = one(graph, DCAT.Dataset)
    assert graph.value(catalogue, DCAT.dataset) == dataset
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCAT.contactPoint, DCAT.distribution):
        assert graph.value(dataset, prop) is not None, prop
    assert graph.value(dataset, DCTERMS.title).language == "sv"  # type: ignore[union-attr]
    contact = graph.value(dataset, DCAT.contactPoint)
    assert graph.value(contact, VCARD.hasEmail) == URIRef("mailto:registret@example.org")
    assert graph.value(graph.value(dataset, DCTERMS.publisher), FOAF.name) is not None


def test_every_file_is_a_distribution_under_cc0(graph: Graph, open_data: OpenData) -> None:
    dataset = one(graph, DCAT.Dataset)
    distributions = list(graph.objects(dataset, DCAT.distribution))
    urls = {str(graph.value(d, DCAT.accessURL)) for d in distributions}
    expected = {BASE + f.path for f in open_data.files if not f.path.endswith("dcat.jsonld")}
    assert urls == expected
    for distribution in distributions:
        assert graph.value(distribution, DCTERMS.license) == URIRef(
            "https://creativecommons.org/publicdomain/zero/1.0/"
        )
        assert str(graph.value(distribution, DCTERMS.format)).startswith(
            "http://publications.europa.eu/resource/authority/file-type/"
        )
        assert graph.value(distribution, DCAT.mediaType) is not None
