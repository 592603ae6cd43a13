"""`python -m drafting` is the `drafting` command."""

from drafting.cli import main

main()
