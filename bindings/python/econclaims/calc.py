"""Array kernels of the series formulas on bare NumPy arrays (C++ ``econclaims::calc``).

Position i of an array is the period first + i of a regular calendar and NaN is a gap,
so lags are calendar lags. Contiguous float64 arrays are read in place, without a copy;
results are new float64 arrays. For series with periods, units and provenance use the
functions of the ``econclaims`` package instead.

Example::

    >>> import numpy as np
    >>> from econclaims import calc
    >>> calc.pct_change(np.array([100.0, 110.0, np.nan, 121.0]), 1).round(6).tolist()
    [nan, 10.0, nan, nan]
    >>> round(calc.cagr(100.0, 121.0, 2), 6)
    10.0
"""

from __future__ import annotations

from ._core import calc_annualized as annualized
from ._core import calc_average_growth as average_growth
from ._core import calc_cagr as cagr
from ._core import calc_change as change
from ._core import calc_implied_deflator as implied_deflator
from ._core import calc_lag as lag
from ._core import calc_log_change as log_change
from ._core import calc_pct_change as pct_change
from ._core import calc_rolling_mean as rolling_mean
from ._core import calc_rolling_sum as rolling_sum

__all__ = ["annualized", "average_growth", "cagr", "change", "implied_deflator", "lag", "log_change",
           "pct_change", "rolling_mean", "rolling_sum"]
