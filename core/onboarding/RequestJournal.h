#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QString>

/**
 * The write-ahead journal of a bulk send (docs/bulk-onboarding.md): one line per customer,
 * written and flushed before its request goes out. A run that ends normally leaves only the customers
 * still in doubt; a run that was killed leaves every customer it may have asked. The next run looks each
 * of those up at Altinn by external reference before it sends anything, so a request whose answer was
 * lost is found, never made twice. Holds org numbers and external references only, no secrets.
 */
class RequestJournal
{
    Q_DECLARE_TR_FUNCTIONS(RequestJournal)

public:
    /// The journal beside a ledger file ("<ledger>.journal").
    static QString pathFor(const QString &ledgerFilePath);

    explicit RequestJournal(QString path);

    QString path() const { return m_path; }
    /// The customer keys (CustomerRecord::key()) of every line; empty when there is no journal.
    QSet<QString> readKeys(QString *error = nullptr) const;
    /// Appends one line for @p key and pushes it to the operating system before returning, so a killed
    /// process never loses it. False and @p error when it cannot be written.
    bool recordSending(const QString &key, QString *error = nullptr);
    /// Replaces the journal with @p keys (those still in doubt); removes the file when there are none.
    bool keepOnly(const QSet<QString> &keys, QString *error = nullptr);

private:
    bool openForAppend(QString *error);

    QString m_path;
    QFile m_file;
};
