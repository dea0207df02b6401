#include "auth/AltinnTokenExchange.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

/**
 * The Maskinporten → Altinn token exchange against a loopback server that answers in raw bytes: a good
 * answer, one that trickles past the deadline, and one too large to be a token. (The sandbox's exchange
 * is covered end to end in tests/e2e.)
 */
class TestAltinnTokenExchange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exchangesTheToken();
    void tricklingAnswerMeetsTheDeadline();
    void oversizedAnswerIsNotRead();
};

namespace {

/// Answers every GET by calling @p answer with the socket.
class RawServer : public QObject
{
public:
    explicit RawServer(std::function<void(QTcpSocket *)> answer)
        : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_request += socket->readAll();
                    if (m_request.contains("\r\n\r\n")) {
                        m_request.clear();
                        m_answer(socket);
                    }
                });
            }
        });
    }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    QByteArray m_request;
    std::function<void(QTcpSocket *)> m_answer;
};

AltinnTokenExchange::Result exchange(AltinnTokenExchange &exchanger)
{
    std::optional<AltinnTokenExchange::Result> result;
    exchanger.exchange(
        "eyJ.maskinporten.token", [&result](const AltinnTokenExchange::Result &answer) { result = answer; });
    [[maybe_unused]] const bool done = QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
    AltinnTokenExchange::Result none;
    none.error = u"no answer"_s;
    return result.value_or(none);
}

} // namespace

void TestAltinnTokenExchange::exchangesTheToken()
{
    RawServer server([](QTcpSocket *socket) {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 14\r\n\r\neyJ.altinn.jwt");
    });
    QNetworkAccessManager network;
    AltinnTokenExchange exchanger(&network, server.baseUrl());
    const auto result = exchange(exchanger);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.altinnToken, QByteArray("eyJ.altinn.jwt"));
}

void TestAltinnTokenExchange::tricklingAnswerMeetsTheDeadline()
{
    RawServer server([](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5000\r\n\r\neyJ");
        auto *trickle = new QTimer(socket);
        QObject::connect(trickle, &QTimer::timeout, socket, [socket] { socket->write("x"); });
        trickle->start(100);
    });
    QNetworkAccessManager network;
    AltinnTokenExchange exchanger(&network, server.baseUrl());
    exchanger.setDeadline(700);
    QElapsedTimer timer;
    timer.start();
    const auto result = exchange(exchanger);
    QVERIFY(!result.ok());
    QVERIFY(result.timedOut);
    QVERIFY2(timer.elapsed() >= 650 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestAltinnTokenExchange::oversizedAnswerIsNotRead()
{
    RawServer server([](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 300000000\r\n\r\n");
        const auto fill = [socket] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024)
                socket->write(QByteArray(64 * 1024, 'x'));
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, fill);
        fill();
    });
    QNetworkAccessManager network;
    AltinnTokenExchange exchanger(&network, server.baseUrl());
    QElapsedTimer timer;
    timer.start();
    const auto result = exchange(exchanger);
    QVERIFY(!result.ok());
    QVERIFY(!result.timedOut);
    QVERIFY2(result.error.contains(u"1024 KiB"_s), qPrintable(result.error));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestAltinnTokenExchange)
#include "TestAltinnTokenExchange.moc"
