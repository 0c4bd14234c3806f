"""Command groups of the CLI beyond `sitrep analyze`, registered into :data:`sitrep.cli.main`."""
