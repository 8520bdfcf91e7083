// Deferred replies: a handler that answers later reaches the link its request came from, under the
// request's id and version - unless the link closed or a new conversation began on it.
#include "LinkState.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;

namespace {

v1::Envelope request(quint32 id, quint32 version)
{
    v1::Envelope envelope;
    envelope.set_request_id(id);
    envelope.set_protocol_version(version);
    envelope.mutable_network_check()->set_timeout_s(5);
    return envelope;
}

} // namespace

class tst_ReplyChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replyCarriesTheRequestsIdAndVersion();
    void errorReplyCarriesEveryField();
    void newConversationDropsOwedReplies();
    void closedLinkDropsOwedReplies();
    void longMessagesAreCutAtACharacter();
};

void tst_ReplyChannel::replyCarriesTheRequestsIdAndVersion()
{
    QList<v1::Envelope> sent;
    LinkState link([&sent](const v1::Envelope& reply) { sent.append(reply); });
    const ReplyChannel channel = link.replyChannelFor(request(41, 2));

    v1::Envelope reply = channel.envelope();
    reply.mutable_network_check_report()->set_duration_ms(1234);
    channel.send(reply);

    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().request_id(), 41u);
    QCOMPARE(sent.first().protocol_version(), 2u);
    QCOMPARE(sent.first().network_check_report().duration_ms(), 1234u);
}

void tst_ReplyChannel::errorReplyCarriesEveryField()
{
    QList<v1::Envelope> sent;
    LinkState link([&sent](const v1::Envelope& reply) { sent.append(reply); });
    link.replyChannelFor(request(7, 1))
        .sendError({ v1::ERROR_CODE_PAIRING_LOCKED, u"locked"_s, u"some.field"_s, 60'000 });

    QCOMPARE(sent.size(), 1);
    const v1::ErrorReply& error = sent.first().error();
    QCOMPARE(error.code(), v1::ERROR_CODE_PAIRING_LOCKED);
    QCOMPARE(error.message(), "locked");
    QCOMPARE(error.field(), "some.field");
    QCOMPARE(error.retry_after_ms(), 60'000u);
}

void tst_ReplyChannel::newConversationDropsOwedReplies()
{
    QList<v1::Envelope> sent;
    LinkState link([&sent](const v1::Envelope& reply) { sent.append(reply); });
    const ReplyChannel owed = link.replyChannelFor(request(5, 1));
    link.staged = StagedConfig { "x", 1, 1 };

    link.beginConversation();
    QVERIFY(!owed.isOpen());
    QVERIFY(!link.staged);
    owed.send(owed.envelope());
    QVERIFY(sent.isEmpty());

    const ReplyChannel current = link.replyChannelFor(request(5, 1));
    current.send(current.envelope());
    QCOMPARE(sent.size(), 1);
}

void tst_ReplyChannel::closedLinkDropsOwedReplies()
{
    int delivered = 0;
    std::optional<ReplyChannel> owed;
    {
        LinkState link([&delivered](const v1::Envelope&) { ++delivered; });
        owed = link.replyChannelFor(request(9, 1));
        QVERIFY(owed->isOpen());
    }
    QVERIFY(!owed->isOpen());
    owed->send(owed->envelope());
    QCOMPARE(delivered, 0);
}

void tst_ReplyChannel::longMessagesAreCutAtACharacter()
{
    // 127 ASCII bytes, then a 2-byte character that would end at byte 129.
    const QString message = u"x"_s.repeated(127) + u"ä"_s + u"tail"_s;
    const v1::Envelope reply = withError(v1::Envelope(), { v1::ERROR_CODE_INTERNAL, message });
    QCOMPARE(reply.error().message(), std::string(127, 'x'));
    const v1::Envelope shortOne = withError(v1::Envelope(), { v1::ERROR_CODE_INTERNAL, u"äöü"_s });
    QCOMPARE(QString::fromStdString(shortOne.error().message()), u"äöü"_s);
}

QTEST_GUILESS_MAIN(tst_ReplyChannel)
#include "tst_replychannel.moc"
