#pragma once

namespace iotpro::commissioning {

class CommissioningSession;
class ConfigWriter;

/// Keeps `session` told about the writes `writer` runs: a write running keeps the wizard on its
/// step, a verified write moves it on to Verify, and the network check after it must end before
/// the wizard goes on.
void followWrites(ConfigWriter& writer, CommissioningSession& session);

} // namespace iotpro::commissioning
