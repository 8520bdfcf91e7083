#include "FollowWrites.h"

#include "CommissioningSession.h"
#include "ConfigWriter.h"

namespace iotpro::commissioning {

void followWrites(ConfigWriter& writer, CommissioningSession& session)
{
    QObject::connect(&writer, &ConfigWriter::stepStarted, &session, [&session](WriteStep step) {
        if (step == WriteStep::NetworkCheck)
            session.setNetworkCheckRunning(true);
        else
            session.setWriteInProgress(true);
    });
    QObject::connect(&writer, &ConfigWriter::written, &session, [&session](const ConfigWriteResult& result) {
        session.recordWrite({ result.counter, result.payloadSha256 });
    });
    QObject::connect(&writer, &ConfigWriter::finished, &session, [&session] {
        session.setWriteInProgress(false);
        session.setNetworkCheckRunning(false);
    });
}

} // namespace iotpro::commissioning
