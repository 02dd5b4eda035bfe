"""The athlete profile in pure code: answer parsing, the onboarding dialog as a state
machine, the city/timezone table, race options, and zones from the thresholds in force."""
