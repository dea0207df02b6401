#pragma once

#include "validation/Finding.h"

#include <QGroupBox>
#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

/**
 * Altinn's validation errors of the last publish attempt, each on the field it concerns with a button
 * back to that field on the system page. Hidden while there are none.
 */
class PublishFindingsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PublishFindingsSection(QWidget *parent = nullptr);

    void setFindings(const QList<Validation::Finding> &findings);
    void clear();
    QList<Validation::Finding> findings() const { return m_findings; }
    /// Puts the fix buttons shown between @p before and @p after in the tab order.
    void chainTabOrder(QWidget *before, QWidget *after) const;
    void retranslateUi();

Q_SIGNALS:
    void fixRequested(const Validation::Finding &finding);

private:
    QLabel *m_introLabel;
    QVBoxLayout *m_rowsLayout;
    QList<Validation::Finding> m_findings;
    QList<QPushButton *> m_fixButtons;
};
