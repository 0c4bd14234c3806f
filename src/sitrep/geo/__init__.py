"""The gazetteer and place resolution."""
