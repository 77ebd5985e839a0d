# The recursion limit counts the frames of CPython's import machinery under
# an imported module's body: each module below recurses until
# RecursionError and prints how deep it got.
import m
import pk.core
import pk.inner
import q.c
import q.e
from pk import fresh
