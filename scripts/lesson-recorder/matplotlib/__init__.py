"""Stand-in for matplotlib while recording lesson outputs: drawing prints nothing."""
