#pragma once

#include <QtGlobal>
#include <chrono>
#include <initializer_list>
#include <random>
#include <vector>

namespace iotpro::sim {

/// Reproducible random draws for the module's simulated surroundings: the same seeds give the
/// same sequence. A model seeds one per independent stream (the module's seed, then what the
/// stream is for), so that drawing in one stream never shifts the values of another.
class SeededRandom
{
public:
    explicit SeededRandom(std::initializer_list<quint64> seeds)
    {
        // seed_seq takes 32-bit words: each seed contributes both halves.
        std::vector<std::uint32_t> words;
        for (const quint64 seed : seeds) {
            words.push_back(static_cast<std::uint32_t>(seed));
            words.push_back(static_cast<std::uint32_t>(seed >> 32));
        }
        std::seed_seq sequence(words.begin(), words.end());
        m_engine.seed(sequence);
    }

    /// Uniform in [low, high).
    double uniform(double low, double high)
    {
        return std::uniform_real_distribution<double>(low, high)(m_engine);
    }
    /// Uniform whole number in [low, high].
    int uniformInt(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    /// A duration uniform in [low, high], to the millisecond.
    std::chrono::milliseconds duration(std::chrono::milliseconds low, std::chrono::milliseconds high)
    {
        return std::chrono::milliseconds(std::uniform_int_distribution<std::chrono::milliseconds::rep>(
            low.count(), high.count())(m_engine));
    }
    /// Normally distributed around 0.
    double normal(double standardDeviation)
    {
        return std::normal_distribution<double>(0.0, standardDeviation)(m_engine);
    }
    /// True with this probability.
    bool chance(double probability) { return uniform(0.0, 1.0) < probability; }
    quint32 bits32() { return static_cast<quint32>(m_engine()); }

private:
    std::mt19937_64 m_engine;
};

} // namespace iotpro::sim
