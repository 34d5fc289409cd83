"""The Qt side of jobdesk: windows, tabs, table models and dialogs. Only this package imports Qt."""
