"""Every score and threshold of the cross-lingual link (an English quote against the Chinese text)."""

# An English quotation is tried against the Chinese originals only when it is long enough to
# carry evidence (a scare quote never is) and no stored text explains it. Scores are
# CrossLingualIndex.link's (0-100) and Evidence.faithfulness (0-100). Measured on the example
# articles and tests/data/xling_renderings.yaml: renderings of an article score 60-95 with a
# lead of 10+ over the next article; officials' statements and generic phrases ("protect the
# lawful rights and interests of individuals and organizations", found in many articles) score
# under 45 or tie with another article.
XLING_MIN_WORDS = 6
XLING_LINK_MIN = 55.0  # uncited: the best article must score this …
XLING_MARGIN = 5.0  # … and lead the next other article by this much
XLING_FAITHFUL_MIN = 50.0  # … and the evidence must be this faithful
XLING_CITED_MIN = 35.0  # when the nearby citation names the article, a weaker link will do
XLING_CITED_FAITHFUL_MIN = 30.0
XLING_CITED_LAG = 1000.0  # … and trail the best article by at most this much
