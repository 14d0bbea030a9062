"""Files swapped with counterparts: .ics, people lists, session packages. Every reader bounded and checked. No Qt."""
