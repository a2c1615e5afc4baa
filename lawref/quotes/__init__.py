"""Finding quotations in a document: quote-marked spans and block quotes, in linear time."""
