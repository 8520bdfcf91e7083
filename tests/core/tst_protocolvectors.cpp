// Pins the wire format to the test vectors of docs/protocol.md, section 8: the document the
// firmware team implements from must agree byte for byte with the code that ships.
#include "protocol/Cobs.h"
#include "protocol/Crc32c.h"
#include "protocol/FrameCodec.h"
#include "iotpro.pb.h"

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/message_differencer.h>

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <optional>
#include <utility>

using namespace iotpro;
using namespace Qt::StringLiterals;

namespace {

/// One fenced ```<kind>-vector block: its fields, and where it starts for failure messages.
struct VectorBlock
{
    QString kind;
    int line = 0;
    QHash<QString, QString> fields;
};

/// Splits the document into its vector blocks. A line "key: value" at column 0 opens a
/// field; indented lines continue it (text-format envelopes and wrapped hex).
QList<VectorBlock> parseVectorBlocks(const QString& markdown)
{
    static const QRegularExpression opening(u"^```([a-z]+)-vector\\s*$"_s);
    static const QRegularExpression field(u"^([a-z0-9-]+):\\s?(.*)$"_s);
    QList<VectorBlock> blocks;
    std::optional<VectorBlock> current;
    QString currentKey;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (!current) {
            if (const auto match = opening.match(line); match.hasMatch()) {
                current = VectorBlock { match.captured(1), static_cast<int>(i + 1), {} };
                currentKey.clear();
            }
            continue;
        }
        if (line.startsWith(u"```")) {
            blocks.append(*std::exchange(current, std::nullopt));
            continue;
        }
        if (const auto match = field.match(line); match.hasMatch()) {
            currentKey = match.captured(1);
            current->fields.insert(currentKey, match.captured(2));
        } else if (!currentKey.isEmpty()) {
            current->fields[currentKey] += u'\n' + line;
        }
    }
    return blocks;
}

/// Pairs of hex digits separated by white space; nullopt on anything else, so that a typo in
/// the document fails loudly instead of being skipped.
std::optional<QByteArray> parseHex(const QString& text)
{
    static const QRegularExpression pair(u"^[0-9a-f]{2}$"_s);
    static const QRegularExpression whiteSpace(u"\\s+"_s);
    QByteArray bytes;
    const QStringList tokens = text.split(whiteSpace, Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        if (!pair.match(token).hasMatch())
            return std::nullopt;
        bytes.append(static_cast<char>(token.toUInt(nullptr, 16)));
    }
    return bytes;
}

/// Collects the text-format parser's complaints so a failing vector says what is wrong.
class CollectingErrors final : public google::protobuf::io::ErrorCollector
{
public:
    void AddError(int line, google::protobuf::io::ColumnNumber column, const std::string& message) override
    {
        errors += u"line %1, column %2: %3; "_s.arg(line + 1).arg(column + 1).arg(QString::fromStdString(message));
    }
    QString errors;
};

QByteArray toByteArray(const std::string& bytes)
{
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace

Q_DECLARE_METATYPE(VectorBlock)

class TestProtocolVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyBlockIsComplete();
    void frame_data();
    void frame();
    void cobs_data();
    void cobs();
    void crc_data();
    void crc();

private:
    QList<VectorBlock> blocksOfKind(const QString& kind) const;
    void addRows(const QString& kind);

    QList<VectorBlock> m_blocks;
};

void TestProtocolVectors::initTestCase()
{
    QFile document(QStringLiteral(IOTPRO_SOURCE_DIR "/docs/protocol.md"));
    QVERIFY2(document.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(document.errorString()));
    m_blocks = parseVectorBlocks(QString::fromUtf8(document.readAll()));
    // The document promises these; losing any of them silently would unpin the wire format.
    QVERIFY2(blocksOfKind(u"frame"_s).size() >= 6, "docs/protocol.md lost its frame vectors");
    QVERIFY2(blocksOfKind(u"cobs"_s).size() >= 5, "docs/protocol.md lost its COBS vectors");
    QVERIFY2(blocksOfKind(u"crc"_s).size() >= 1, "docs/protocol.md lost its CRC vectors");
}

QList<VectorBlock> TestProtocolVectors::blocksOfKind(const QString& kind) const
{
    QList<VectorBlock> matching;
    for (const VectorBlock& block : m_blocks) {
        if (block.kind == kind)
            matching.append(block);
    }
    return matching;
}

void TestProtocolVectors::everyBlockIsComplete()
{
    static const QHash<QString, QStringList> required {
        { u"frame"_s, { u"name"_s, u"envelope"_s, u"payload-size"_s, u"frame"_s } },
        { u"cobs"_s, { u"name"_s, u"input"_s, u"encoded"_s } },
        { u"crc"_s, { u"name"_s, u"input"_s, u"crc32c"_s } },
    };
    QSet<QString> names;
    for (const VectorBlock& block : std::as_const(m_blocks)) {
        const QString where = u"block at docs/protocol.md line %1"_s.arg(block.line);
        QVERIFY2(required.contains(block.kind), qPrintable(where + u": unknown kind " + block.kind));
        for (const QString& key : required.value(block.kind))
            QVERIFY2(block.fields.contains(key), qPrintable(where + u": no field " + key));
        const QString name = block.kind + u'/' + block.fields.value(u"name"_s).trimmed();
        QVERIFY2(!names.contains(name), qPrintable(where + u": duplicate name " + name));
        names.insert(name);
    }
}

void TestProtocolVectors::addRows(const QString& kind)
{
    QTest::addColumn<VectorBlock>("block");
    for (const VectorBlock& block : blocksOfKind(kind))
        QTest::newRow(qPrintable(block.fields.value(u"name"_s).trimmed())) << block;
}

void TestProtocolVectors::frame_data()
{
    addRows(u"frame"_s);
}

void TestProtocolVectors::frame()
{
    QFETCH(VectorBlock, block);

    v1::Envelope expected;
    google::protobuf::TextFormat::Parser parser;
    CollectingErrors errors;
    parser.RecordErrorsTo(&errors);
    QVERIFY2(parser.ParseFromString(block.fields.value(u"envelope"_s).toStdString(), &expected),
        qPrintable(errors.errors));
    const QByteArray payload = toByteArray(expected.SerializeAsString());
    QCOMPARE(payload.size(), static_cast<qsizetype>(block.fields.value(u"payload-size"_s).trimmed().toLongLong()));
    const std::optional<QByteArray> frame = parseHex(block.fields.value(u"frame"_s));
    QVERIFY2(frame, "frame is not hex");

    QCOMPARE(encodeFrame(payload).toHex(' '), frame->toHex(' '));

    FrameDecoder decoder;
    const QList<QByteArray> decoded = decoder.feed(*frame);
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(decoded.first().toHex(' '), payload.toHex(' '));
    QCOMPARE(decoder.stats().rejectedFrames(), std::uint64_t { 0 });
    v1::Envelope actual;
    QVERIFY(actual.ParseFromArray(decoded.first().constData(), static_cast<int>(decoded.first().size())));
    std::string difference;
    google::protobuf::util::MessageDifferencer differencer;
    differencer.ReportDifferencesToString(&difference);
    QVERIFY2(differencer.Compare(expected, actual), difference.c_str());
}

void TestProtocolVectors::cobs_data()
{
    addRows(u"cobs"_s);
}

void TestProtocolVectors::cobs()
{
    QFETCH(VectorBlock, block);
    const std::optional<QByteArray> input = parseHex(block.fields.value(u"input"_s));
    const std::optional<QByteArray> encoded = parseHex(block.fields.value(u"encoded"_s));
    QVERIFY2(input && encoded, "input or encoded is not hex");

    QCOMPARE(cobs::encode(*input).toHex(' '), encoded->toHex(' '));
    const std::optional<QByteArray> decoded = cobs::decode(*encoded);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->toHex(' '), input->toHex(' '));
}

void TestProtocolVectors::crc_data()
{
    addRows(u"crc"_s);
}

void TestProtocolVectors::crc()
{
    QFETCH(VectorBlock, block);
    const std::optional<QByteArray> input = parseHex(block.fields.value(u"input"_s));
    QVERIFY2(input, "input is not hex");
    bool ok = false;
    const uint expected = block.fields.value(u"crc32c"_s).trimmed().toUInt(&ok, 16);
    QVERIFY2(ok, "crc32c is not a hexadecimal number");

    QCOMPARE(crc32c(*input), expected);
}

QTEST_GUILESS_MAIN(TestProtocolVectors)
#include "tst_protocolvectors.moc"
