"""The frozen `dpi-consult` program: the command line, and the window when started without a command."""

import sys

from dpi_consult.cli import main

sys.exit(main())
