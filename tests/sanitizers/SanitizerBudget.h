#pragma once

// Upper bounds of tests that measure time or memory. In the ASan + UBSan build (cmake/Sanitizers.cmake
// defines SANITIZER_BUDGET_FACTOR for every test) code runs two to three times slower, and memory includes
// ASan's shadow and its quarantine of freed blocks, so such a bound is widened there and stays exact
// elsewhere. Lower bounds (a wait that must last at least …) need no widening.
// See docs/sanitizers-and-fuzzing.md.

#include <QtGlobal>

namespace SanitizerBudget {

#ifdef SANITIZER_BUDGET_FACTOR
constexpr int Factor = SANITIZER_BUDGET_FACTOR;
#else
constexpr int Factor = 1;
#endif

/// At most @p ms milliseconds; more in the sanitizer build. An int, like QTRY_*_WITH_TIMEOUT takes.
constexpr int milliseconds(int ms)
{
    return ms * Factor;
}

/// At most @p kib KiB of growth; more in the sanitizer build.
constexpr qint64 kibibytes(qint64 kib)
{
    return kib * Factor;
}

} // namespace SanitizerBudget
