"""Rendering reports: the terminal view, the self-contained HTML report and what both say in words."""
