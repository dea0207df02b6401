#include "sandbox/IdPortenSessions.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace {

constexpr qsizetype IdWords = 8; // 256 bits

/// Keeps at most IdPortenSessions::Capacity entries: the oldest go first.
template <typename Value> void dropOldest(QHash<QString, Value> &entries, std::deque<QString> &order)
{
    while (entries.size() > IdPortenSessions::Capacity && !order.empty()) {
        entries.remove(order.front());
        order.pop_front();
    }
    // Removed entries leave their names behind: forget those before the queue grows without bound.
    if (order.size() > std::size_t(2 * IdPortenSessions::Capacity)) {
        std::erase_if(order, [&entries](const QString &id) { return !entries.contains(id); });
    }
}

} // namespace

QString IdPortenSessions::newId()
{
    QList<quint32> words(IdWords);
    // The operating system's generator: ids stand for a login and for a person's authorization.
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.constData()), IdWords * 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const IdPortenSessions::Pending &IdPortenSessions::addPending(
    const IdPortenAuthorization &request, const QDateTime &now)
{
    Pending pending;
    pending.id = newId();
    pending.request = request;
    pending.created = now;
    m_pendingOrder.push_back(pending.id);
    const QString id = pending.id;
    m_pending.insert(id, pending);
    dropOldest(m_pending, m_pendingOrder);
    return *m_pending.constFind(id);
}

IdPortenSessions::Pending *IdPortenSessions::pending(const QString &id)
{
    const auto it = m_pending.find(id);
    return it == m_pending.end() ? nullptr : &*it;
}

void IdPortenSessions::removePending(QString id)
{
    m_pending.remove(id);
}

QString IdPortenSessions::addCode(const Pending &pending, const QDateTime &now)
{
    Code code;
    code.code = newId();
    code.request = pending.request;
    code.pid = pending.pid;
    code.authTime = pending.authTime;
    code.sid = pending.sid;
    code.issued = now;
    m_codeOrder.push_back(code.code);
    const QString value = code.code;
    m_codes.insert(value, code);
    dropOldest(m_codes, m_codeOrder);
    return value;
}

IdPortenSessions::Code *IdPortenSessions::code(const QString &code)
{
    const auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &*it;
}

bool IdPortenSessions::isExpired(const Pending &pending, const QDateTime &now)
{
    return pending.created.secsTo(now) > PendingLifetimeSeconds;
}

bool IdPortenSessions::isExpired(const Code &code, const QDateTime &now)
{
    return code.issued.secsTo(now) > CodeLifetimeSeconds;
}
