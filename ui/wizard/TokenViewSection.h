#pragma once

#include "altinn/TokenClaimsExplainer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

/**
 * "The token" on the Test authentication page: the decoded claims with what each means, a countdown
 * to expiry and Copy (with a warning). The token itself is never shown; it is kept in memory only while
 * valid and forgotten — from the clipboard too, while ours — when it expires or the section is cleared.
 */
class TokenViewSection : public QWidget
{
    Q_OBJECT

public:
    explicit TokenViewSection(QWidget *parent = nullptr);
    ~TokenViewSection() override;

    /// Seconds Maskinporten's clock is ahead of this computer's (`exp` is Maskinporten's time).
    void setClockSkewSource(std::function<qint64()> skew) { m_skew = std::move(skew); }
    /// @p expiresAt: when the token expires by this computer's clock (from `expires_in`); the countdown
    /// follows it when valid, else the token's `exp` read with the clock skew.
    void showToken(const QByteArray &token, const QJsonObject &claims, const QList<Altinn::ClaimRow> &rows,
        const QDateTime &expiresAt = {});
    /// Forgets the token and hides the section.
    void clear();
    /// Seconds the token is still valid; 0 when there is none or it has expired.
    qint64 secondsLeft() const;
    /// The token while it is valid; empty otherwise.
    QByteArray validToken() const { return secondsLeft() > 0 ? m_token : QByteArray(); }
    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;
    void retranslateUi();
    void maskValues();
    void updateCountdown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void forgetToken();
    void copyToken();

    QLabel *m_heading;
    QTableWidget *m_claimsTable;
    QLabel *m_countdownLabel;
    QPushButton *m_copyButton;
    QLabel *m_copyWarning;

    std::function<qint64()> m_skew;
    QByteArray m_token; ///< in memory only while valid; never shown, logged or stored
    bool m_copied = false; ///< m_token was put on the clipboard
    QJsonObject m_claims;
    QDateTime m_expiresAt; ///< local clock; invalid when the answer had no usable expires_in
    QTimer m_countdown; ///< the display, every second while visible
    QTimer m_expiry; ///< when the token expires: forget it
};
