"""An example khabar source plugin for the Saudi online daily Al-Weeam (الوئام)."""
