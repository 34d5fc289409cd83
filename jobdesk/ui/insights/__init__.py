"""The Insights tab's views; imported only when the tab is first shown (they load pyqtgraph)."""
