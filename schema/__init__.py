"""The project's TEI schema, shipped as package data (``tei.schema``): ODD, RELAX NG, Schematron."""
