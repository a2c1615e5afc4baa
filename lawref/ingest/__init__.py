"""Growing the store from law texts: splitting a whole law into articles, importing files and folders."""
