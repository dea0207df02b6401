#pragma once

#include "model/SystemDefinition.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class VendorSession;

/**
 * The top of the customers view: "Customers of <the system's name>" in the chosen language, the
 * system's id as a smaller line, how many customers are in which state and when the ledger was last
 * compared with Altinn. The name comes from a system already in hand (published in this run) or is
 * read from the system register; the heading shows the id while it loads or when it cannot be read.
 */
class CustomersHeading : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersHeading(QWidget *parent = nullptr);

    /// The system shown (empty: none); its name is read through @p session (not owned; may be null)
    /// unless the known system has this id.
    void setSystem(VendorSession *session, const QString &systemId);
    /// A system already read (e.g. published in this run): its names need no look-up.
    void setKnownSystem(const std::optional<Altinn::SystemDefinition> &system);
    /// The name the heading shows, or empty while only the id is known.
    QString systemName() const;

    void setSummary(const QString &summary);
    /// When the ledger was compared with Altinn (invalid: never); @p hasLedger false clears the line.
    void setSynced(bool hasLedger, const QDateTime &syncedAt);

Q_SIGNALS:
    /// systemName() changed (it arrived, or another system is shown).
    void systemNameChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void lookUp();
    void showSystem();
    void showSynced();

    QLabel *m_titleLabel;
    QLabel *m_idLabel;
    QLabel *m_summaryLabel;
    QLabel *m_syncedLabel;

    QPointer<VendorSession> m_session;
    QString m_systemId;
    std::optional<Altinn::SystemDefinition> m_system; ///< with m_systemId's names, once known
    bool m_hasLedger = false;
    QDateTime m_syncedAt;
    quint64 m_lookUp = 0; ///< answers of earlier look-ups are ignored
    QString m_shownName; ///< the name last shown, to announce a change once
};
