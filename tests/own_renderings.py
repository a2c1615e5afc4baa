"""The English renderings of tests/data/xling_renderings.yaml, by the stored statute they render."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lawref.store.files import Store
from lawref.store.load import load_store

RENDERINGS = Path(__file__).resolve().parent / "data" / "xling_renderings.yaml"
# The corpus files of tests/data/xling_renderings.yaml and the store's statutes they are.
STATUTES = {
    "zh_cybersecurity-law_2016-11-07.txt": "cn-cybersecurity-law",
    "zh_data-security-law_2021-06-10.txt": "cn-data-security-law",
    "zh_personal-information-protection-law_2021-08-20.txt": (
        "cn-personal-information-protection-law"
    ),
    "zh_national-intelligence-law_2018-04-27_amended.txt": "cn-national-intelligence-law",
    "zh_national-security-law_2015-07-01.txt": "cn-national-security-law",
    "zh_counter-espionage-law_2023-04-26_revised.txt": "cn-counter-espionage-law",
    "zh_anti-foreign-sanctions-law_2021-06-10.txt": "cn-anti-foreign-sanctions-law",
    "zh_cryptography-law_2019-10-26.txt": "cn-cryptography-law",
}


def own_renderings(kind: str = "rendering") -> list[dict[str, str]]:
    """The entries of ``kind`` whose corpus file is a stored statute's: statute, article, text."""
    entries = yaml.safe_load(RENDERINGS.read_text(encoding="utf-8"))
    return [
        {"statute": STATUTES[e["corpus"]], "article": str(e["article"]), "text": e["text"]}
        for e in entries
        if e["kind"] == kind and e["corpus"] in STATUTES
    ]


def store_of_rendered_laws() -> Store:
    """The shipped store; the calling test module is skipped when it lacks a rendered statute."""
    store = load_store()
    missing = [s for s in STATUTES.values() if store.get(s) is None]
    if missing:
        pytest.skip(f"the shipped store lacks {missing}")
    return store
