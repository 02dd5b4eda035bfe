"""Fakes of the services Tempo syncs with, on 127.0.0.1, speaking their real protocols:
used by the tests (``tests/fakes``) and by ``make sandbox``, which connects to a demo
intervals.icu account offline."""
