"""khabar-sana: see the plugin module."""
