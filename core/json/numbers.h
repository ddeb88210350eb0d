#pragma once

#include <QtGlobal>
#include <cmath>
#include <limits>

namespace crm {

/// A JSON number as a whole number: truncated, NaN as 0, and one beyond the type's range as its nearest
/// end (a server's 1e40 must not be undefined behaviour).
template <class Int> Int saturatingInteger(double d)
{
    if (std::isnan(d))
        return 0;
    if (d >= double(std::numeric_limits<Int>::max()))
        return std::numeric_limits<Int>::max();
    if (d <= double(std::numeric_limits<Int>::min()))
        return std::numeric_limits<Int>::min();
    return Int(d);
}

/// Whether d is a whole number a qint64 holds exactly.
inline bool isWholeInt64(double d)
{
    return std::isfinite(d) && std::fabs(d) < 9.0e18 && d == std::trunc(d);
}

} // namespace crm
