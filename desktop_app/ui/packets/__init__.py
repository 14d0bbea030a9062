"""Briefing packets in the window: the panel (``panel.PacketPanel``) that the Packets view and a
session's Packet tab both show, made of ``options_form``, ``sections_list`` and ``generation``."""
