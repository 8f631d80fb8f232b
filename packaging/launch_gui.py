"""The frozen `dpi-consult-gui` program: the window, on the .dpic file given if any."""

import sys

from dpi_consult.gui_entry import main

sys.exit(main())
