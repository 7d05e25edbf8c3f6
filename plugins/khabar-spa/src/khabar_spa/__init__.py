"""khabar-spa: see the plugin module."""
