import sys

from interview.cli import main

sys.exit(main())
