// Runs independent pieces of work on a fixed number of threads.
#pragma once

#include <cstddef>
#include <functional>

namespace almanac {

// Calls work(i) for every i in [0, count) on up to `jobs` threads; returns when all are done.
// Each i runs exactly once; results must go to slots indexed by i, so order never depends on
// timing.
void parallel_for(std::size_t count, int jobs, const std::function<void(std::size_t)>& work);

}  // namespace almanac
