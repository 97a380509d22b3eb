"""Plain code of the knowledge base: no MkDocs imports here, so it is tested without a build."""
