"""Member kits: what a federation sends its members to draft their contributions."""
