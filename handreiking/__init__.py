"""The core of the handreiking site: one validated model of data/, pure renderers and build steps.

Nothing here imports MkDocs: the macros (macros/) and hooks (hooks/) are thin adapters that call
this package, so the site generator can be replaced (see README, "Andere generator")."""
