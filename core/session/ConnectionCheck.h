#pragma once

#include "altinn/ErrorExplainer.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

class VendorSession;

/**
 * "Check connection" (wizard page 2): asks Maskinporten for a vendor token for each Altinn
 * vendor scope separately — one grant per scope, so a client that has some scopes and not others gets
 * a ✓ or ✗ for each — and reports how far this computer's clock is from Maskinporten's. Every failure
 * comes with ErrorExplainer's plain-language explanation. Scopes are checked one after the other, so
 * a keychain that asks to be unlocked asks once.
 */
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;
    /// Maskinporten refuses grants issued more than 10 s ahead of its clock
    /// (docs/altinn-behaviour.md#grant-timing-and-clock-skew).
    static constexpr qint64 ClockSkewToleranceSeconds = 10;

    struct ScopeResult
    {
        QString scope;
        bool ok = false;
        Altinn::Explanation explanation; ///< empty when ok
    };

    struct Result
    {
        QList<ScopeResult> scopes; ///< in the order checked
        std::optional<qint64> clockSkewSeconds; ///< Maskinporten's clock minus ours, when it answered
        bool cancelled = false;

        bool allOk() const;
    };

    /// Checks the Altinn vendor scopes (AltinnScopes::all()) for @p session.
    explicit ConnectionCheck(VendorSession *session, QObject *parent = nullptr);

    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    QStringList scopes() const { return m_scopes; }
    /// For the whole check; scopes still unanswered then count as timed out.
    void setTimeout(int milliseconds) { m_timer.setInterval(milliseconds); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    Result result() const { return m_result; }

    /// A translated warning when @p seconds is large enough to break grants (or nearly); else empty.
    static QString clockSkewWarning(qint64 seconds);

Q_SIGNALS:
    void scopeChecked(const ConnectionCheck::ScopeResult &result);
    void finished(const ConnectionCheck::Result &result);

private:
    void checkNext();
    void record(const QString &scope, const Altinn::ApiFailure &failure);
    void finish();

    QPointer<VendorSession> m_session;
    QStringList m_scopes;
    QTimer m_timer;
    Result m_result;
    qsizetype m_next = 0;
    bool m_running = false;
    quint64 m_generation = 0; ///< answers from an earlier run (after cancel or timeout) are ignored
};
