"""kg.build() in a program gets numpy's BLAS on one thread, as the kg command does; a user's setting wins."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.blas import VARIABLES

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = """
import ctypes, os
import kg
kg.build(text="本报讯(记者 王思俊)管城区构建网。")
libs = [l.split()[-1] for l in open("/proc/self/maps") if "openblas" in l.lower() and l.split()[-1].endswith(".so")]
lib = ctypes.CDLL(libs[0]) if libs else None
count = next((getattr(lib, n) for n in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
                                       "openblas_get_num_threads") if lib is not None and hasattr(lib, n)), None)
print(count() if count else "unknown", os.environ.get("OPENBLAS_NUM_THREADS", "unset"))
"""


def _run(**env) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    result = subprocess.run([sys.executable, "-c", PROGRAM], cwd=ROOT, env={**clean, **env}, capture_output=True,
                            text=True, check=True)
    return result.stdout.split()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads which BLAS numpy loaded from /proc (Linux)")
def test_a_program_that_builds_gets_one_blas_thread_and_keeps_its_environment():
    threads, variable = _run()
    if threads == "unknown":
        pytest.skip("numpy's BLAS here is not OpenBLAS: its thread count cannot be read")
    assert (threads, variable) == ("1", "unset")


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads which BLAS numpy loaded from /proc (Linux)")
def test_the_users_own_setting_wins():
    threads, variable = _run(OPENBLAS_NUM_THREADS="2")
    if threads == "unknown":
        pytest.skip("numpy's BLAS here is not OpenBLAS: its thread count cannot be read")
    assert (threads, variable) == ("2", "2")
