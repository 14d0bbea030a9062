"""The agenda editor, its versions and comparison, outcomes and action items (the GUI side)."""
