"""The People view and the Delegations tab: the directory, its table and dialogs, and each side's delegation."""
