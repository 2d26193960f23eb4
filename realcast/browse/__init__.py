"""`realcast browse`: a static site of a sessions folder (index table, one player page per session)."""
from realcast.browse.player import PlayerMissing
from realcast.browse.site import SiteBuilt, build_site

__all__ = ["PlayerMissing", "SiteBuilt", "build_site"]
