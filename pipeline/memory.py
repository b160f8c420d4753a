"""Handing freed memory back to the system between the steps of a run, so that the next step's objects
can use it: Arrow's allocator keeps freed buffers for itself, and glibc's malloc keeps freed heap pages
(Python's dicts and strings of a step's records) until asked to trim them."""
import ctypes
import ctypes.util

import pyarrow


def _malloc_trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):   # not glibc (macOS, musl): nothing to trim
        return None


MALLOC_TRIM = _malloc_trim()


def release_freed_memory() -> None:
    """Return the memory of freed Arrow buffers and freed heap pages to the system (no data is touched)."""
    pyarrow.default_memory_pool().release_unused()
    if MALLOC_TRIM is not None:
        MALLOC_TRIM(0)
