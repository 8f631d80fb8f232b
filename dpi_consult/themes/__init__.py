"""Themes of many members' free-text answers to one question: found, described, and joined by new answers."""
