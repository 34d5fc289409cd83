"""The window shell: the main window, start-up, preferences and About."""
