"""Op families: each module defines torch functions and installs the matching Tensor methods."""
