#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <vector>

/// The median wall time of `runs` calls of `work`, in milliseconds: one slow run (a page fault,
/// another process) does not move it.
template <typename Work> double medianMs(int runs, Work work)
{
    std::vector<qint64> nanoseconds;
    QElapsedTimer clock;
    for (int run = 0; run < runs; ++run) {
        clock.start();
        work();
        nanoseconds.push_back(clock.nsecsElapsed());
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return double(nanoseconds[nanoseconds.size() / 2]) / 1e6;
}

/// The median of measurements taken elsewhere (each run of an asynchronous workflow).
inline double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
