// The writer the crash test kills: saves sessions into the job history in a loop, each in its own
// transaction, and prints the id of each one after its commit returned. Whatever it printed must
// survive a SIGKILL at any instant; nothing half-written may appear.
//   history_writer FILE
#include "SessionSamples.h"
#include "storage/HistoryDatabase.h"
#include "storage/SessionStore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace iotpro::storage;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: history_writer FILE\n";
        return 2;
    }
    auto database = HistoryDatabase::open(app.arguments().at(1));
    if (!database) {
        QTextStream(stderr) << database.error().toString() << '\n';
        return 1;
    }
    SessionStore store(*database.value());
    QTextStream out(stdout);
    for (;;) {
        SessionRecord record = samples::fullSession();
        record.uuid = QUuid::createUuid();
        const iotpro::Result<qint64> id = store.save(record);
        if (!id) {
            QTextStream(stderr) << id.error().toString() << '\n';
            return 1;
        }
        out << id.value() << Qt::endl;
    }
}
