// Every ErrorCode a module can send becomes a typed Error whose message says what to do, naming
// what the tool knew when it sent the request.
#include "protocol/RemoteError.h"

#include <QTest>

using namespace iotpro;

Q_DECLARE_METATYPE(iotpro::RemoteErrorContext)

namespace {

v1::ErrorReply reply(v1::ErrorCode code, const char* message = "", const char* field = "", quint64 retryAfterMs = 0)
{
    v1::ErrorReply r;
    r.set_code(code);
    r.set_message(message);
    r.set_field(field);
    r.set_retry_after_ms(retryAfterMs);
    return r;
}

RemoteErrorContext uploadContext()
{
    RemoteErrorContext context;
    context.signerFingerprint = u"7849 ac30 4968 0be1"_qs;
    context.configSerial = u"EM-2404-00017"_qs;
    context.moduleSerial = u"EM-2404-00099"_qs;
    context.counter = 5;
    return context;
}

RemoteErrorContext trustContext()
{
    RemoteErrorContext context;
    context.keyFingerprint = u"6ec9 e955 a19b a3c9"_qs;
    return context;
}

} // namespace

class tst_RemoteError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messages_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<quint64>("retryAfterMs");
        QTest::addColumn<RemoteErrorContext>("context");
        QTest::addColumn<QStringList>("mustSay");

        const auto row = [](const char* name, v1::ErrorCode code, QStringList mustSay,
                             RemoteErrorContext context = {}, QByteArray field = {}, quint64 retryAfterMs = 0) {
            QTest::newRow(name) << int(code) << field << retryAfterMs << context << mustSay;
        };
        row("unknown request", v1::ERROR_CODE_UNKNOWN_REQUEST, { u"update the firmware"_qs });
        row("malformed", v1::ERROR_CODE_MALFORMED_REQUEST, { u"could not read"_qs });
        row("version", v1::ERROR_CODE_UNSUPPORTED_VERSION, { u"protocol version"_qs });
        row("busy", v1::ERROR_CODE_BUSY, { u"busy"_qs, u"a few seconds"_qs });
        row("busy with time", v1::ERROR_CODE_BUSY, { u"try again in 3 s"_qs }, {}, {}, 2500);
        row("invalid argument", v1::ERROR_CODE_INVALID_ARGUMENT, { u"refused a value"_qs });
        row("internal", v1::ERROR_CODE_INTERNAL, { u"power-cycle"_qs });
        row("not in factory mode", v1::ERROR_CODE_NOT_IN_FACTORY_MODE, { u"factory mode"_qs, u"physical"_qs });
        row("unknown signer", v1::ERROR_CODE_UNKNOWN_SIGNER,
            { u"does not trust key 7849 ac30 4968 0be1"_qs, u"iotpro-cli trust add"_qs, u"sign with a key it trusts"_qs },
            uploadContext());
        row("unknown signer, no key known", v1::ERROR_CODE_UNKNOWN_SIGNER, { u"iotpro-cli trust add"_qs });
        row("bad signature", v1::ERROR_CODE_BAD_SIGNATURE, { u"7849 ac30 4968 0be1"_qs, u"altered"_qs },
            uploadContext());
        row("stale counter", v1::ERROR_CODE_STALE_COUNTER, { u"counter 5 or higher"_qs, u"replay"_qs },
            uploadContext());
        row("stale counter, unknown", v1::ERROR_CODE_STALE_COUNTER, { u"replay"_qs, u"rollback"_qs });
        row("wrong module", v1::ERROR_CODE_WRONG_MODULE, { u"module EM-2404-00017"_qs, u"this module is EM-2404-00099"_qs },
            uploadContext());
        row("invalid config", v1::ERROR_CODE_INVALID_CONFIG, { u"network.wifi.ssid"_qs, u"correct that field"_qs }, {},
            "network.wifi.ssid");
        row("invalid config, no field", v1::ERROR_CODE_INVALID_CONFIG, { u"invalid"_qs });
        row("option not fitted", v1::ERROR_CODE_OPTION_NOT_FITTED, { u"network.lorawan.enabled"_qs, u"not have fitted"_qs },
            {}, "network.lorawan.enabled");
        row("pairing required", v1::ERROR_CODE_PAIRING_REQUIRED, { u"label code"_qs });
        row("pairing failed", v1::ERROR_CODE_PAIRING_FAILED,
            { u"Wrong label code"_qs, u"check the code printed on the module label"_qs });
        row("pairing locked", v1::ERROR_CODE_PAIRING_LOCKED, { u"for 2 min 5 s"_qs, u"label"_qs }, {}, {}, 124001);
        row("pairing locked a minute", v1::ERROR_CODE_PAIRING_LOCKED, { u"for 1 min."_qs }, {}, {}, 60000);
        row("pairing locked long", v1::ERROR_CODE_PAIRING_LOCKED, { u"for 2 h 1 min"_qs }, {}, {}, 7201000);
        row("secret rejected", v1::ERROR_CODE_SECRET_REJECTED, { u"sealed secret"_qs, u"Nothing was changed"_qs });
        row("nothing staged", v1::ERROR_CODE_NOTHING_STAGED, { u"no staged configuration"_qs, u"unchanged"_qs });
        row("last signer", v1::ERROR_CODE_LAST_SIGNER, { u"6ec9 e955 a19b a3c9"_qs, u"Add the new key first"_qs },
            trustContext());
        row("duplicate key", v1::ERROR_CODE_DUPLICATE_KEY, { u"already trusts key 6ec9 e955 a19b a3c9"_qs },
            trustContext());
        row("store full", v1::ERROR_CODE_TRUST_STORE_FULL, { u"full"_qs, u"trust remove"_qs });
        row("unknown key", v1::ERROR_CODE_UNKNOWN_KEY, { u"no key 6ec9 e955 a19b a3c9"_qs, u"trust list"_qs },
            trustContext());
        row("a code from a newer module", v1::ErrorCode(99), { u"error 99"_qs });
    }
    void messages()
    {
        QFETCH(int, code);
        QFETCH(QByteArray, field);
        QFETCH(quint64, retryAfterMs);
        QFETCH(RemoteErrorContext, context);
        QFETCH(QStringList, mustSay);
        const Error error = remoteError(
            reply(v1::ErrorCode(code), "", field.constData(), retryAfterMs), context);
        QCOMPARE(error.kind, ErrorKind::RemoteError);
        QCOMPARE(error.remoteCode, code);
        QCOMPARE(error.field, QString::fromLatin1(field));
        QCOMPARE(error.retryAfterMs, qint64(retryAfterMs));
        QVERIFY(!error.title.isEmpty());
        for (const QString& words : mustSay)
            QVERIFY2(error.detail.contains(words), qPrintable(error.detail));
    }

    // Every code of the schema has its own text; only a number unknown to this tool falls back
    // to "error N".
    void everyKnownCodeHasItsOwnText()
    {
        const google::protobuf::EnumDescriptor* codes = v1::ErrorCode_descriptor();
        for (int i = 0; i < codes->value_count(); ++i) {
            const int number = codes->value(i)->number();
            if (number == v1::ERROR_CODE_UNSPECIFIED)
                continue;
            const Error error = remoteError(reply(v1::ErrorCode(number)));
            QVERIFY2(!error.detail.contains(u"reported error"), codes->value(i)->name().c_str());
        }
    }

    void moduleTextIsKeptForSupport()
    {
        const Error error = remoteError(reply(v1::ERROR_CODE_INVALID_CONFIG, "ssid longer than 32 bytes",
            "network.wifi.ssid"));
        QVERIFY2(error.detail.endsWith(u"(ssid longer than 32 bytes)"), qPrintable(error.detail));
    }
};

QTEST_GUILESS_MAIN(tst_RemoteError)
#include "tst_remoteerror.moc"
