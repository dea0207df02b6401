#pragma once

// A hand-written HTTP/1.1 connection to the in-process sandbox, for what QNetworkAccessManager does not
// send: any Host header, requests that trickle, stall or are too large, idle and pipelined connections.
// Every wait runs the event loop, so the server (same thread) keeps working.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <optional>

class RawHttp
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray head; ///< status line and headers
        QByteArray body;

        QByteArray header(const QByteArray &name) const
        {
            const QList<QByteArray> lines = head.split('\n');
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                    return line.sliced(colon + 1).trimmed();
            }
            return {};
        }
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    };

    explicit RawHttp(quint16 port)
        : m_port(port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    quint16 port() const { return m_port; }
    QTcpSocket &socket() { return m_socket; }

    bool waitConnected(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    /// "GET /path HTTP/1.1" with a Host for this sandbox and @p headers (each "Name: value").
    static QByteArray request(const QByteArray &method, const QByteArray &path, quint16 port,
        const QList<QByteArray> &headers = {}, const QByteArray &body = {})
    {
        QByteArray bytes =
            method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
        for (const QByteArray &header : headers)
            bytes += header + "\r\n";
        if (!body.isEmpty())
            bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return bytes + "\r\n" + body;
    }

    /// One whole answer (with a Content-Length body), or nullopt when none came within @p timeoutMs.
    std::optional<Answer> readAnswer(int timeoutMs = 5000)
    {
        std::optional<Answer> answer;
        (void)QTest::qWaitFor(
            [this, &answer] {
                m_buffer += m_socket.readAll();
                answer = takeAnswer();
                return answer.has_value();
            },
            timeoutMs);
        return answer;
    }

    /// True when the server has closed the connection within @p timeoutMs.
    bool waitClosed(int timeoutMs)
    {
        return QTest::qWaitFor(
            [this] {
                m_buffer += m_socket.readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }

private:
    std::optional<Answer> takeAnswer()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Answer answer;
        answer.head = m_buffer.first(end);
        const QList<QByteArray> statusLine = answer.head.split('\n').constFirst().split(' ');
        answer.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
        const qsizetype length = answer.header("Content-Length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        answer.body = m_buffer.sliced(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return answer;
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};
