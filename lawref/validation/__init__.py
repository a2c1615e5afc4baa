"""The pydantic models that validate what lawref reads from outside: store files, the citation
grammar, the glossary and reports read back. Imported only where such input is read; what they
validate is kept as the plain records of lawref.record, lawref.report and the store."""
