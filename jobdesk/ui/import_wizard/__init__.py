"""File ▸ Import…: the wizard that brings a spreadsheet or another tracker's export in."""
