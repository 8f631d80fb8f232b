"""dpi-consult: draft, bring together and export contributions to the CNIL consultation on the DPI."""

__version__ = "0.1.0"
