"""The handouts: one folder each (its Python, templates, script, styles and tests) and its declaration
in the folder's __init__.py (DEEL). handreiking/register.py finds them."""
