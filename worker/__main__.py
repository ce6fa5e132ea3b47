"""`python -m worker` runs the wirewatch CLI."""

from .cli.main import main

main()
