"""``lawref batch``: checking a whole corpus, one JSON line per document, resumably."""
