#pragma once

#include "validation/Finding.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

/**
 * Lists validation findings, errors first, each with a severity icon and word, the field it
 * concerns and what to do. Clicking a finding (or Enter on it) emits findingActivated so the
 * owner can focus the field.
 */
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    /// Names the field a finding's JSON pointer path points at, e.g. "/name/nn" → "Name (Nynorsk)".
    using FieldNamer = std::function<QString(const QString &path)>;

    explicit ValidationPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Validation::Finding> &findings);
    QList<Validation::Finding> findings() const { return m_findings; }
    /// Errors the owner does not show yet (fields not touched): counted in the summary, with a
    /// button to show them (showAllRequested).
    void setHiddenErrorCount(int count);
    /// Replaces the generic field names (defaultFieldName) with the owner's, e.g. with resource titles.
    void setFieldNamer(FieldNamer namer);

    /// A generic, translated name for the field at @p path.
    static QString defaultFieldName(const QString &path);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void findingActivated(const Validation::Finding &finding);
    /// The person asked to see the hidden errors too.
    void showAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    QString fieldName(const QString &path) const;

    QLabel *m_headingLabel;
    QLabel *m_summaryLabel;
    QPushButton *m_showAllButton;
    QListWidget *m_list;
    QList<Validation::Finding> m_findings;
    FieldNamer m_namer;
    int m_hiddenErrors = 0;
};
