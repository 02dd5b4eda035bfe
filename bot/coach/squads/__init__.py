"""Human coaches' squads in pure code: the roster's lines and who needs attention first."""
