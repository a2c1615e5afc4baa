"""Reading input: files, standard input and URLs, decoded into the text every offset refers to."""
