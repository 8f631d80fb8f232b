"""`python -m dpi_consult` runs the command line."""

import sys

from dpi_consult.cli import main

sys.exit(main())
