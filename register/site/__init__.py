"""The site: what the MkDocs hooks and macros call to render pages, listings, feeds and search. Imports the core and open data."""
