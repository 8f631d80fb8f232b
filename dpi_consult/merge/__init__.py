"""Bringing copies of one draft back together: three-way merge by field, paragraph by paragraph."""
