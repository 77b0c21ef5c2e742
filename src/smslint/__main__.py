"""``python -m smslint``."""

from smslint.cli import main

if __name__ == "__main__":
    main()
