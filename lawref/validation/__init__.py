"""The pydantic models that validate what lawref reads from outside: store files, the citation
grammar, the glossary and reports read back. Built from the plain records of lawref.record,
lawref.report and the store (their fields are written once, there) and imported only where such
input is read."""
