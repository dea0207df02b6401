#pragma once

#include "workspace/CustomerRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

/**
 * Every customer asked for a system user of one system, for one profile in one environment
 * (docs/customer-ledger.md). One JSON file per (profile, environment, system) under
 * defaultDirectory(), written atomically with QSaveFile after every change, shared by the wizard and
 * systemuser-cli. Never holds a secret. What Altinn says wins: LedgerSync and StatusFollower
 * (core/onboarding) bring the records up to date; the person's own note is kept.
 */
class CustomerLedger : public QObject
{
    Q_OBJECT

public:
    struct Scope
    {
        QString profileId;
        QString environment;
        QString systemId;
        bool isValid() const { return !profileId.isEmpty() && !systemId.isEmpty(); }
        friend bool operator==(const Scope &, const Scope &) = default;
    };

    /// @p filePath empty = defaultFilePath(scope). Reads nothing until load().
    explicit CustomerLedger(Scope scope, const QString &filePath = {}, QObject *parent = nullptr);

    /// GenericDataLocation + "/SystemUserWizard/systemuser-wizard/ledgers", like the profiles.
    static QString defaultDirectory();
    static QString defaultFilePath(const Scope &scope);

    Scope scope() const { return m_scope; }
    QString filePath() const { return m_filePath; }

    /// Reads the file; a missing file is an empty ledger. False (and @p error) when it cannot be read.
    bool load(QString *error = nullptr);
    /// The last save error (translated), empty after a successful save.
    QString saveError() const { return m_saveError; }

    /// Every customer, ordered by organisation number and external reference.
    QList<CustomerRecord> customers() const { return m_records.values(); }
    int size() const { return int(m_records.size()); }
    std::optional<CustomerRecord> find(const QString &key) const;
    std::optional<CustomerRecord> find(const QString &orgNo, const QString &externalRef) const;
    std::optional<CustomerRecord> findByRequestId(const QString &requestId) const;
    /// Every record of one organisation (one per external reference).
    QList<CustomerRecord> forOrganisation(const QString &orgNo) const;
    /// How many customers are in each state.
    QHash<CustomerState, int> counts() const;
    /// Customers whose status Altinn may still change without the vendor doing anything.
    QList<CustomerRecord> followed() const;

    /**
     * Inserts or replaces the record with the same key and saves. Stamps updatedAt, and stateSince
     * when the state changed; keeps the stored note when @p record has none. Emits customerChanged
     * only when something changed. False when the file could not be written (the change is kept in
     * memory; saveError() says why).
     */
    bool upsert(CustomerRecord record);
    /// Many records at once: one save, one changed().
    bool upsertAll(const QList<CustomerRecord> &records);
    bool setNote(const QString &key, const QString &note);
    bool remove(const QString &key);

    /// When the ledger was last reconciled with every list at Altinn (invalid: never).
    QDateTime syncedAt() const { return m_syncedAt; }
    void setSyncedAt(const QDateTime &at);

Q_SIGNALS:
    /// One record was added or changed (not emitted by upsertAll).
    void customerChanged(const QString &key);
    void customerRemoved(const QString &key);
    /// Anything changed: after every signal above, and once after upsertAll.
    void changed();

private:
    bool merge(CustomerRecord record, const QDateTime &now);
    bool save();

    Scope m_scope;
    QString m_filePath;
    QMap<QString, CustomerRecord> m_records;
    QDateTime m_syncedAt;
    QString m_saveError;
};
