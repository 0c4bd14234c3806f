"""Pipeline stages (one module each), the Stage interface, the registry and the runner."""
