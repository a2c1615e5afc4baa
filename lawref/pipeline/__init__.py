"""The ``check`` pipeline: the stages wired one way, and the attribution of quotes to citations."""
