#pragma once

#include "bulk/ExportChoiceSection.h"
#include "handoff/HandOffExport.h"

#include <QWidget>

class QLabel;
class QListWidget;

/**
 * What an export of approval links left (ExportLinksDialog): the message saying what was saved and where, and
 * the customers left out because they have no link, each with the reason.
 */
class ExportResultSection : public QWidget
{
    Q_OBJECT

public:
    explicit ExportResultSection(QWidget *parent = nullptr);

    /// An export starts: nothing saved yet, and @p skipped are the customers it leaves out.
    void start(const QList<HandOffExport::Skipped> &skipped);
    /// The messages of @p batch were saved as @p format to @p path (for e-mail drafts, a folder).
    void showSaved(
        ExportChoiceSection::Format format, const HandOffExport::Batch &batch, const QString &path);

    QLabel *resultLabel() const { return m_resultLabel; }
    QListWidget *skippedList() const { return m_skippedList; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_resultLabel;
    QLabel *m_skippedHeading;
    QListWidget *m_skippedList;
    QList<HandOffExport::Skipped> m_skipped;
};
