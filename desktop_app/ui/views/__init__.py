"""The pages of the central stack, one per entry of the navigation rail."""
