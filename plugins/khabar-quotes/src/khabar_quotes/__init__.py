"""khabar-quotes: see the plugin module."""
