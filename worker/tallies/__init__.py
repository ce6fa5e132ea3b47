"""Running tallies over incidents (not articles), beside the figures articles report."""

from .book import TallyBook
from .config_file import ConfigError
from .definitions import DEFAULT_TALLIES_PATH, TallyDefinition, load_tallies
from .fan_out import fan_out
from .figures import link_figure

__all__ = ["DEFAULT_TALLIES_PATH", "ConfigError", "TallyBook", "TallyDefinition", "fan_out", "link_figure",
           "load_tallies"]
