#include "workspace/CustomerLedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcLedger, "workspace.ledger")

constexpr int FormatVersion = 1;

/// File names keep letters, digits, '-', '_' and '.'; anything else becomes '_'.
QString safeName(const QString &text)
{
    QString name;
    name.reserve(text.size());
    for (const QChar c : text)
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' ? c : u'_');
    // "." and ".." would climb out of the ledger folder.
    return name.isEmpty() || name == u"." || name == u".." ? u"_"_s : name;
}

} // namespace

CustomerLedger::CustomerLedger(Scope scope, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_scope(std::move(scope))
    , m_filePath(filePath.isEmpty() ? defaultFilePath(m_scope) : filePath)
{ }

QString CustomerLedger::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/SystemUserWizard/systemuser-wizard/ledgers"_s;
}

QString CustomerLedger::defaultFilePath(const Scope &scope)
{
    return defaultDirectory() + u'/' + safeName(scope.profileId) + u'/' + safeName(scope.environment) + u'/'
        + safeName(scope.systemId) + u".json"_s;
}

bool CustomerLedger::load(QString *error)
{
    QFile file(m_filePath);
    if (!file.exists()) {
        m_records.clear();
        m_syncedAt = {};
        return true;
    }
    const auto fail = [this, error](const QString &reason) {
        if (error)
            *error = tr("Cannot read the customer list in %1: %2")
                         .arg(QDir::toNativeSeparators(m_filePath), reason);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() > FormatVersion)
        return fail(tr("it was written by a newer version of this program"));
    QMap<QString, CustomerRecord> records;
    const QJsonArray customers = root.value(u"customers"_s).toArray();
    for (const QJsonValue &value : customers) {
        const CustomerRecord record = CustomerRecord::fromJson(value.toObject());
        if (!record.orgNo.isEmpty())
            records.insert(record.key(), record);
    }
    m_records = records;
    m_syncedAt = QDateTime::fromString(root.value(u"syncedAt"_s).toString(), Qt::ISODateWithMs);
    return true;
}

std::optional<CustomerRecord> CustomerLedger::find(const QString &key) const
{
    const auto it = m_records.constFind(key);
    if (it == m_records.cend())
        return std::nullopt;
    return *it;
}

std::optional<CustomerRecord> CustomerLedger::find(const QString &orgNo, const QString &externalRef) const
{
    return find(CustomerRecord::keyOf(orgNo, externalRef));
}

std::optional<CustomerRecord> CustomerLedger::findByRequestId(const QString &requestId) const
{
    if (requestId.isEmpty())
        return std::nullopt;
    for (const CustomerRecord &record : m_records) {
        if (record.requestId.compare(requestId, Qt::CaseInsensitive) == 0
            || record.changeRequestId.compare(requestId, Qt::CaseInsensitive) == 0)
            return record;
    }
    return std::nullopt;
}

QList<CustomerRecord> CustomerLedger::forOrganisation(const QString &orgNo) const
{
    QList<CustomerRecord> found;
    for (const CustomerRecord &record : m_records) {
        if (record.orgNo == orgNo)
            found.append(record);
    }
    return found;
}

QHash<CustomerState, int> CustomerLedger::counts() const
{
    QHash<CustomerState, int> counts;
    for (const CustomerRecord &record : m_records)
        ++counts[record.state];
    return counts;
}

QList<CustomerRecord> CustomerLedger::followed() const
{
    QList<CustomerRecord> found;
    for (const CustomerRecord &record : m_records) {
        const bool waiting =
            (record.state == CustomerState::Waiting || record.state == CustomerState::WaitingTimedOut)
            && !record.requestId.isEmpty();
        const bool changePending =
            record.state == CustomerState::ChangePending && !record.changeRequestId.isEmpty();
        if (waiting || changePending)
            found.append(record);
    }
    return found;
}

bool CustomerLedger::merge(CustomerRecord record, const QDateTime &now)
{
    const auto it = m_records.constFind(record.key());
    if (it != m_records.cend()) {
        const CustomerRecord &known = *it;
        if (record.note.isEmpty())
            record.note = known.note;
        if (record.name.isEmpty())
            record.name = known.name;
        record.stateSince =
            record.state == known.state && known.stateSince.isValid() ? known.stateSince : now;
        record.updatedAt = known.updatedAt;
        if (record == known)
            return false;
    } else if (!record.stateSince.isValid()) {
        record.stateSince = now;
    }
    record.updatedAt = now;
    m_records.insert(record.key(), record);
    return true;
}

bool CustomerLedger::upsert(CustomerRecord record)
{
    const QString key = record.key();
    if (!merge(std::move(record), QDateTime::currentDateTimeUtc()))
        return true;
    const bool saved = save();
    Q_EMIT customerChanged(key);
    Q_EMIT changed();
    return saved;
}

bool CustomerLedger::upsertAll(const QList<CustomerRecord> &records)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool any = false;
    for (const CustomerRecord &record : records)
        any = merge(record, now) || any;
    if (!any)
        return true;
    const bool saved = save();
    Q_EMIT changed();
    return saved;
}

bool CustomerLedger::setNote(const QString &key, const QString &note)
{
    auto it = m_records.find(key);
    if (it == m_records.end() || it->note == note)
        return it != m_records.end();
    it->note = note;
    it->updatedAt = QDateTime::currentDateTimeUtc();
    const bool saved = save();
    Q_EMIT customerChanged(key);
    Q_EMIT changed();
    return saved;
}

bool CustomerLedger::remove(const QString &key)
{
    if (!m_records.remove(key))
        return false;
    const bool saved = save();
    Q_EMIT customerRemoved(key);
    Q_EMIT changed();
    return saved;
}

void CustomerLedger::setSyncedAt(const QDateTime &at)
{
    m_syncedAt = at.toUTC();
    save();
}

bool CustomerLedger::save()
{
    QJsonArray customers;
    for (const CustomerRecord &record : std::as_const(m_records))
        customers.append(record.toJson());
    QJsonObject root{
        {u"version"_s, FormatVersion},
        {u"profileId"_s, m_scope.profileId},
        {u"environment"_s, m_scope.environment},
        {u"systemId"_s, m_scope.systemId},
        {u"customers"_s, customers},
    };
    if (m_syncedAt.isValid())
        root.insert(u"syncedAt"_s, m_syncedAt.toString(Qt::ISODateWithMs));

    const auto fail = [this](const QString &reason) {
        m_saveError =
            tr("Cannot save the customer list to %1: %2").arg(QDir::toNativeSeparators(m_filePath), reason);
        qCWarning(lcLedger) << "ledger not saved:" << reason;
        return false;
    };
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return fail(tr("the folder cannot be created"));
    // QSaveFile writes a temporary file and renames it: a crash never leaves half a ledger behind.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(file.errorString());
    m_saveError.clear();
    return true;
}
