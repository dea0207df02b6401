#pragma once

#include "altinn/TokenClaimsExplainer.h"

#include <QTableWidget>

/**
 * The claims of a person's token, explained (Altinn::TokenClaimsExplainer rows): claim, value, what it
 * means. Compact: every row in view, the page scrolls rather than the table. In presenter mode the values
 * that identify the person or the token (pid, sub, jti, sid, client_id) show as hints; the token itself is
 * never shown.
 */
class PersonClaimsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit PersonClaimsTable(QWidget *parent = nullptr);

    void showRows(const QList<Altinn::ClaimRow> &rows);
    void clearRows();
    /// The value shown for @p claim (masked or not); empty when the claim is not there.
    QString shownValue(const QString &claim) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void maskValues();
};
