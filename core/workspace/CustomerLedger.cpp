#include "workspace/CustomerLedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

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
{
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &CustomerLedger::saveWhenQuiet);
    // One writer: saves land in the order they were taken, and the newest is the file.
    m_writer.setMaxThreadCount(1);
}

CustomerLedger::~CustomerLedger()
{
    // Whoever listens to saveFailed may be half destroyed already: a failure is logged only.
    m_destroying = true;
    flush();
}

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
    // A save under way would be read half done (or overwrite what is read): it ends first.
    waitForWriter();
    QFile file(m_filePath);
    if (!file.exists()) {
        m_records.clear();
        m_encoded.clear();
        m_stale.clear();
        m_syncedAt = {};
        m_savedChanges = m_changes;
        m_unsavedSince.invalidate();
        m_saveTimer.stop();
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
        CustomerRecord record = CustomerRecord::fromJson(value.toObject());
        if (record.orgNo.isEmpty())
            continue;
        // The file is in key order: inserting at the end is the common case and costs no search.
        QString key = record.key();
        if (records.isEmpty() || records.lastKey() < key)
            records.insert(records.cend(), std::move(key), std::move(record));
        else
            records.insert(std::move(key), std::move(record));
    }
    m_records = std::move(records);
    // The first save encodes every record (on the writer).
    m_encoded.clear();
    m_stale.clear();
    m_syncedAt = QDateTime::fromString(root.value(u"syncedAt"_s).toString(), Qt::ISODateWithMs);
    // What is in memory is the file now.
    m_savedChanges = m_changes;
    m_unsavedSince.invalidate();
    m_saveTimer.stop();
    return true;
}

bool CustomerLedger::flush()
{
    m_saveTimer.stop();
    waitForWriter();
    if (hasUnsavedChanges()) {
        startSave();
        waitForWriter();
    }
    // A failed save leaves no timer behind; a written one may have armed it for nothing.
    m_saveTimer.stop();
    return !hasUnsavedChanges();
}

void CustomerLedger::saveSoon()
{
    if (!hasUnsavedChanges())
        return;
    m_saveTimer.stop();
    if (m_writing)
        m_saveSoon = true; // collectSaveOutcomes starts the next save at once
    else
        startSave();
}

void CustomerLedger::setSaveDelays(std::chrono::milliseconds quiet, std::chrono::milliseconds longest)
{
    m_quietPeriod = quiet;
    m_longestDelay = std::max(quiet, longest);
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

QDateTime CustomerLedger::waitingSince(const CustomerRecord &record)
{
    switch (record.state) {
    case CustomerState::Waiting:
    case CustomerState::WaitingTimedOut:
        return record.requestCreated.isValid() ? record.requestCreated : record.stateSince;
    case CustomerState::ChangePending:
        return record.stateSince;
    case CustomerState::NotAsked:
    case CustomerState::Approved:
    case CustomerState::Rejected:
    case CustomerState::SystemUserDeleted:
    case CustomerState::Failed:
        break;
    }
    return {};
}

int CustomerLedger::waitingDays(const CustomerRecord &record, const QDateTime &now)
{
    const QDateTime since = waitingSince(record);
    if (!since.isValid())
        return -1;
    constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
    return int(std::max<qint64>(0, since.msecsTo(now) / DayMs));
}

QList<CustomerRecord> CustomerLedger::waitingLongerThan(int days, const QDateTime &now) const
{
    // Days of 24 hours: "more than 2 days" is more than 48 hours whatever the clocks did meanwhile.
    const QDateTime limit = now.toUTC().addDays(-std::max(0, days));
    QList<CustomerRecord> found;
    for (const CustomerRecord &record : m_records) {
        const QDateTime since = waitingSince(record);
        if (since.isValid() && since < limit)
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
        if (record.contactEmail.isEmpty())
            record.contactEmail = known.contactEmail;
        if (record.language.isEmpty())
            record.language = known.language;
        if (record.wantedRights.isEmpty() && record.wantedPackages.isEmpty()) {
            record.wantedRights = known.wantedRights;
            record.wantedPackages = known.wantedPackages;
        }
        record.stateSince =
            record.state == known.state && known.stateSince.isValid() ? known.stateSince : now;
        record.updatedAt = known.updatedAt;
        if (record == known)
            return false;
    } else if (!record.stateSince.isValid()) {
        record.stateSince = now;
    }
    record.updatedAt = now;
    QString key = record.key();
    m_records.insert(key, std::move(record));
    m_stale.insert(std::move(key));
    return true;
}

bool CustomerLedger::upsert(CustomerRecord record)
{
    const QString key = record.key();
    if (!merge(std::move(record), QDateTime::currentDateTimeUtc()))
        return true;
    markChanged();
    Q_EMIT customerChanged(key);
    Q_EMIT changed();
    return true;
}

bool CustomerLedger::upsertAll(const QList<CustomerRecord> &records)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList keys;
    for (const CustomerRecord &record : records) {
        QString key = record.key();
        if (merge(record, now))
            keys.append(std::move(key));
    }
    if (keys.isEmpty())
        return true;
    keys.sort();
    keys.removeDuplicates();
    markChanged();
    Q_EMIT customersChanged(keys);
    Q_EMIT changed();
    return true;
}

bool CustomerLedger::setNote(const QString &key, const QString &note)
{
    auto it = m_records.find(key);
    if (it == m_records.end() || it->note == note)
        return it != m_records.end();
    it->note = note;
    it->updatedAt = QDateTime::currentDateTimeUtc();
    m_stale.insert(key);
    markChanged();
    Q_EMIT customerChanged(key);
    Q_EMIT changed();
    return true;
}

bool CustomerLedger::remove(const QString &key)
{
    if (!m_records.remove(key))
        return false;
    m_encoded.remove(key);
    m_stale.remove(key);
    markChanged();
    Q_EMIT customerRemoved(key);
    Q_EMIT changed();
    return true;
}

void CustomerLedger::setSyncedAt(const QDateTime &at)
{
    m_syncedAt = at.toUTC();
    markChanged();
}

void CustomerLedger::markChanged()
{
    ++m_changes;
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    armSaveTimer();
}

void CustomerLedger::armSaveTimer()
{
    // Every change restarts the quiet period, but a stream of changes is saved every m_longestDelay.
    const qint64 left = m_longestDelay.count() - (m_unsavedSince.isValid() ? m_unsavedSince.elapsed() : 0);
    m_saveTimer.start(int(std::clamp<qint64>(left, 0, m_quietPeriod.count())));
}

void CustomerLedger::saveWhenQuiet()
{
    // One save at a time: the one under way ends in collectSaveOutcomes, which arms the next.
    if (!m_writing && hasUnsavedChanges())
        startSave();
}

void CustomerLedger::startSave()
{
    m_unsavedSince.invalidate();
    m_writing = true;
    // Copies share the containers: the records are copied only if the ledger changes during the write.
    auto snapshot = std::make_shared<Snapshot>(Snapshot{
        m_scope, m_filePath, m_records, m_encoded, std::exchange(m_stale, {}), m_syncedAt, m_changes});
    m_writer.start([this, snapshot]() mutable {
        SaveOutcome outcome = write(*snapshot);
        // Let go of the shared containers before the ledger takes the outcome in, so that it does not
        // have to copy them to change them.
        snapshot.reset();
        {
            QMutexLocker lock(&m_outcomesMutex);
            m_outcomes.append(std::move(outcome));
        }
        // The destructor waits for this thread, so the ledger is still there to post to.
        QMetaObject::invokeMethod(
            this, [this] { collectSaveOutcomes(); }, Qt::QueuedConnection);
    });
}

void CustomerLedger::waitForWriter()
{
    m_writer.waitForDone();
    collectSaveOutcomes();
}

void CustomerLedger::collectSaveOutcomes()
{
    QList<SaveOutcome> outcomes;
    {
        QMutexLocker lock(&m_outcomesMutex);
        outcomes.swap(m_outcomes);
    }
    if (outcomes.isEmpty())
        return; // flush() took them in already
    m_writing = false;
    const SaveOutcome &last = outcomes.constLast();
    for (const SaveOutcome &outcome : std::as_const(outcomes)) {
        if (outcome.failure.isEmpty()) {
            ++m_saveCount;
            m_savedChanges = std::max(m_savedChanges, outcome.changes);
        }
        // The JSON is kept (even when the write failed) for records that did not change since the
        // snapshot: a change after it marked its record stale again, a removal took it out.
        for (auto it = outcome.encoded.cbegin(); it != outcome.encoded.cend(); ++it) {
            if (!m_stale.contains(it.key()) && m_records.contains(it.key()))
                m_encoded.insert(it.key(), it.value());
        }
    }
    if (last.failure.isEmpty()) {
        m_saveError.clear();
        // Changes made while the file was written get their own save.
        if (hasUnsavedChanges() && std::exchange(m_saveSoon, false))
            startSave();
        else if (hasUnsavedChanges() && !m_saveTimer.isActive())
            armSaveTimer();
        else if (!hasUnsavedChanges() && !m_destroying)
            Q_EMIT saved();
        return;
    }
    m_saveSoon = false;
    // No retry by itself: the next change or flush() tries again, so a full disk is not hammered.
    m_saveError =
        tr("Cannot save the customer list to %1: %2").arg(QDir::toNativeSeparators(m_filePath), last.failure);
    qCWarning(lcLedger) << "ledger not saved:" << last.failure;
    if (!m_destroying)
        Q_EMIT saveFailed(m_saveError);
}

CustomerLedger::SaveOutcome CustomerLedger::write(const Snapshot &snapshot)
{
    SaveOutcome outcome;
    outcome.changes = snapshot.changes;
    // One customer per line, in key order; the rest as QJsonDocument indents it ("customers" sorts
    // first, as QJsonObject orders its keys).
    QByteArray customers;
    customers.reserve(snapshot.records.size() * 800);
    for (auto it = snapshot.records.cbegin(); it != snapshot.records.cend(); ++it) {
        const auto known = snapshot.encoded.constFind(it.key());
        QByteArray json;
        if (known != snapshot.encoded.cend() && !snapshot.stale.contains(it.key())) {
            json = *known;
        } else {
            json = QJsonDocument(it->toJson()).toJson(QJsonDocument::Compact);
            outcome.encoded.insert(it.key(), json);
        }
        if (!customers.isEmpty())
            customers.append(",\n");
        customers.append("        ").append(json);
    }
    QJsonObject rest{
        {u"version"_s, FormatVersion},
        {u"profileId"_s, snapshot.scope.profileId},
        {u"environment"_s, snapshot.scope.environment},
        {u"systemId"_s, snapshot.scope.systemId},
    };
    if (snapshot.syncedAt.isValid())
        rest.insert(u"syncedAt"_s, snapshot.syncedAt.toString(Qt::ISODateWithMs));
    const QByteArray restText = QJsonDocument(rest).toJson(QJsonDocument::Indented); // "{\n    ...}\n"
    QByteArray bytes;
    bytes.reserve(customers.size() + restText.size() + 64);
    bytes.append("{\n    \"customers\": [\n").append(customers).append("\n    ],\n").append(restText.mid(2));

    if (!QDir().mkpath(QFileInfo(snapshot.filePath).absolutePath())) {
        outcome.failure = tr("the folder cannot be created");
        return outcome;
    }
    // QSaveFile writes a temporary file and renames it: a crash never leaves half a ledger behind.
    QSaveFile file(snapshot.filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.failure = file.errorString();
        return outcome;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        outcome.failure = file.errorString();
    return outcome;
}
