"""Exports of a contribution: Word (.docx) from a reference template, plain text and Markdown."""
