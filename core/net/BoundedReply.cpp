#include "net/BoundedReply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Altinn {
namespace {

/// What the reply may hold unread: Qt stops reading from the socket beyond it until we take the data.
constexpr qint64 ReadBufferBytes = 256 * 1024;

} // namespace

BoundedReply::BoundedReply(QNetworkReply *reply, Limits limits)
    : QObject(reply)
    , m_reply(reply)
    , m_limits(limits)
{
    m_headRequest = reply->operation() == QNetworkAccessManager::HeadOperation
        || reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "HEAD";
    reply->setReadBufferSize(ReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &BoundedReply::checkDeclaredLength);
    connect(reply, &QNetworkReply::readyRead, this, &BoundedReply::readArrived);
    connect(reply, &QNetworkReply::finished, this, &BoundedReply::onReplyFinished);
    if (m_limits.deadlineMs > 0) {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { stopWith(Stop::DeadlinePassed); });
        m_deadline.start(m_limits.deadlineMs);
    }
}

void BoundedReply::stopWith(Stop reason)
{
    if (m_finished || m_stop != Stop::None || !m_reply)
        return;
    m_stop = reason;
    m_body.clear();
    m_reply->abort(); // emits finished() before it returns
}

void BoundedReply::checkDeclaredLength()
{
    // A HEAD answer declares the length of a body it does not send.
    if (m_limits.maxBodyBytes <= 0 || m_headRequest || !m_reply)
        return;
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() > m_limits.maxBodyBytes)
        stopWith(Stop::TooLarge);
}

void BoundedReply::readArrived()
{
    // After an abort (ours, the caller's, the transfer timeout) the reply is closed: nothing more to read.
    if (m_stop != Stop::None || !m_reply || !m_reply->isReadable())
        return;
    m_body += m_reply->readAll();
    if (m_limits.maxBodyBytes > 0 && m_body.size() > m_limits.maxBodyBytes)
        stopWith(Stop::TooLarge);
}

void BoundedReply::onReplyFinished()
{
    if (m_finished)
        return;
    readArrived(); // what came with the end
    m_finished = true;
    m_deadline.stop();
    if (m_stop != Stop::None)
        m_body.clear();
    Q_EMIT finished();
}

} // namespace Altinn
