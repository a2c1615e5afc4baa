"""Finding statute citations in a text and resolving them to the store."""
