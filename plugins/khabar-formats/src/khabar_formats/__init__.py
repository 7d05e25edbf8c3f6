"""khabar-formats: see the plugin module."""
