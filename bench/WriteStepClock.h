#pragma once

#include "MedianTime.h"
#include "commissioning/ConfigWriter.h"

#include <QElapsedTimer>
#include <QMap>

#include <cstdio>
#include <optional>

/// Times each WriteStep of a ConfigWriter's runs (stepStarted() to the next step or written()),
/// for the median per step the apply benchmarks print. Warm-up runs are not counted.
class WriteStepClock
{
public:
    explicit WriteStepClock(iotpro::commissioning::ConfigWriter& writer)
    {
        using iotpro::commissioning::ConfigWriter;
        QObject::connect(&writer, &ConfigWriter::stepStarted, &writer, [this](iotpro::commissioning::WriteStep step) {
            close();
            m_step = step;
            m_clock.start();
        });
        QObject::connect(&writer, &ConfigWriter::written, &writer, [this] { close(); });
    }

    void setCounting(bool counting) { m_counting = counting; }

    void printMedians(int measuredRuns) const
    {
        std::printf("median per step over %d runs:\n", measuredRuns);
        for (auto it = m_perStep.cbegin(); it != m_perStep.cend(); ++it)
            std::printf("  %-55s %7.1f ms\n", qPrintable(iotpro::commissioning::stepText(it.key())), medianOf(it.value()));
    }

private:
    void close()
    {
        if (m_step && m_counting)
            m_perStep[*m_step].push_back(double(m_clock.nsecsElapsed()) / 1e6);
        m_step.reset();
    }

    QMap<iotpro::commissioning::WriteStep, std::vector<double>> m_perStep;
    QElapsedTimer m_clock;
    std::optional<iotpro::commissioning::WriteStep> m_step;
    bool m_counting = false;
};
