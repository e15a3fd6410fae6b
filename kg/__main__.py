"""Run the command line as ``python -m kg``: ``python -m kg build page.txt -o out``."""
import sys

from kg.cli import main

sys.exit(main())
