"""``lawref serve``: a local web app and JSON API over the library (needs the ``web`` extra)."""
