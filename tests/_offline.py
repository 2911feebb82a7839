"""The start of a script that runs the command line in a fresh interpreter with every network
call refused (a test fails with "NETWORK USED" if anything tries)."""

from __future__ import annotations

NO_NETWORK = """
import socket, sys

def refuse(*a, **k):
    raise SystemExit(f"NETWORK USED: {a!r}")

for name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, name, refuse)
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""
