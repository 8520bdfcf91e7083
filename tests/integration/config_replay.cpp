// A test-only tool that does what iotpro-cli never does: record a module's signed configuration
// exactly as it was committed, and send recorded bytes (or altered ones) to a module again. The
// integration tests use it to show that a module refuses a replayed configuration (stale counter),
// one copied to another module (wrong module) and a tampered one (bad signature).
//
//   config_replay record --device ADDR --out FILE      the active SignedConfig as two hex lines
//   config_replay send --device ADDR --pop CODE --in FILE [--flip-payload | --flip-signature]
//
// send pairs with the label code and uploads; it prints "staged COUNTER" (exit 0) or
// "refused ERROR_CODE_NAME: detail" (exit 3); any other failure exits 1.
#include "device/ConfigRequests.h"
#include "device/DeviceClient.h"
#include "device/PairingRequest.h"
#include "iotpro.pb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace iotpro;

namespace {

int failWith(const QString& message, int code = 1)
{
    std::fprintf(stderr, "config_replay: %s\n", qPrintable(message));
    QCoreApplication::exit(code);
    return code;
}

void record(DeviceClient& client, const QString& path)
{
    ConfigRequests(client).read(&client, [path](Result<ConfigState> state) {
        if (!state)
            return void(failWith(state.error().toString()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return void(failWith(file.errorString()));
        file.write(state->signedPayload.toHex() + '\n' + state->signature.toHex() + '\n');
        std::printf("recorded counter %llu\n", static_cast<unsigned long long>(state->counter));
        QCoreApplication::exit(0);
    });
}

void send(DeviceClient& client, const QString& pop, ConfigUpload upload)
{
    PairingRequest(client).pair(pop, &client, [&client, upload](Result<security::pake::SessionKeys> keys) {
        if (!keys)
            return void(failWith(keys.error().toString()));
        ConfigRequests(client).upload(upload, &client, [](Result<ConfigStaged> staged) {
            if (staged) {
                std::printf("staged %llu\n", static_cast<unsigned long long>(staged->counter));
                return QCoreApplication::exit(0);
            }
            const Error& error = staged.error();
            if (error.kind != ErrorKind::RemoteError)
                return void(failWith(error.toString()));
            std::printf("refused %s: %s\n", v1::ErrorCode_Name(v1::ErrorCode(error.remoteCode)).c_str(),
                qPrintable(error.detail));
            QCoreApplication::exit(3);
        });
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption device(u"device"_qs, u"module address"_qs, u"ADDR"_qs);
    const QCommandLineOption out(u"out"_qs, u"file to record to"_qs, u"FILE"_qs);
    const QCommandLineOption in(u"in"_qs, u"recorded file to send"_qs, u"FILE"_qs);
    const QCommandLineOption pop(u"pop"_qs, u"label code"_qs, u"CODE"_qs);
    const QCommandLineOption flipPayload(u"flip-payload"_qs, u"alter the last payload byte"_qs);
    const QCommandLineOption flipSignature(u"flip-signature"_qs, u"alter the first signature byte"_qs);
    parser.addOptions({ device, out, in, pop, flipPayload, flipSignature });
    parser.addPositionalArgument(u"action"_qs, u"record or send"_qs);
    parser.process(app);
    const QString action = parser.positionalArguments().value(0);

    ConfigUpload upload;
    if (action == u"send") {
        QFile file(parser.value(in));
        if (!file.open(QIODevice::ReadOnly))
            return failWith(file.errorString());
        const QList<QByteArray> lines = file.readAll().split('\n');
        upload.payload = QByteArray::fromHex(lines.value(0));
        upload.signature = QByteArray::fromHex(lines.value(1));
        // XOR 0x01 keeps a varint's continuation bit, so the payload still parses: only the
        // signature can tell.
        if (parser.isSet(flipPayload))
            upload.payload.back() = char(upload.payload.back() ^ 0x01);
        if (parser.isSet(flipSignature))
            upload.signature.front() = char(upload.signature.front() ^ 0x01);
    } else if (action != u"record") {
        return failWith(u"give record or send"_qs, 2);
    }

    DeviceClient client;
    QObject::connect(&client, &DeviceClient::connectionFailed, &client,
        [](const Error& error) { failWith(error.toString()); });
    QObject::connect(&client, &DeviceClient::connected, &client, [&] {
        if (action == u"record")
            record(client, parser.value(out));
        else
            send(client, parser.value(pop), upload);
    });
    client.connectToDevice(DeviceAddress::parse(parser.value(device)).value());
    QTimer::singleShot(15000, &app, [] { failWith(u"no answer within 15 s"_qs); });
    return app.exec();
}
