"""The ``kg`` commands beyond building and reading a store (those are in :mod:`kg.cli`, which
adds these to its group and alone decides exit codes)."""
