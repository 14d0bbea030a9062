"""The PySide6 window. The only package that imports Qt; everything it does goes through services."""
