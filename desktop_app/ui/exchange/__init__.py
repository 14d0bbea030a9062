"""Session packages in the window: sending to the counterpart and importing what they send."""
