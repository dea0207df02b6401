#include "bulk/ExportResultSection.h"

#include "bulk/BulkText.h"
#include "common/Labels.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using Format = ExportChoiceSection::Format;

ExportResultSection::ExportResultSection(QWidget *parent)
    : QWidget(parent)
    , m_resultLabel(Labels::notice(u"exportResultLabel"_s, this))
    , m_skippedHeading(Labels::heading(u"exportSkippedHeading"_s, this))
    , m_skippedList(new QListWidget(this))
{
    m_skippedList->setObjectName(u"exportSkippedList"_s);
    m_skippedList->setWordWrap(true);
    m_skippedHeading->setBuddy(m_skippedList);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_skippedHeading);
    layout->addWidget(m_skippedList, 1);
    // Takes the room while the list of skipped customers is hidden, so the message stays under the choices.
    layout->addStretch(0);
    retranslateUi();
    start({});
}

void ExportResultSection::start(const QList<HandOffExport::Skipped> &skipped)
{
    m_skipped = skipped;
    Labels::showNotice(m_resultLabel, {}, u"info"_s);
    m_skippedList->clear();
    for (const HandOffExport::Skipped &customer : skipped) {
        const QString text =
            tr("%1 — %2").arg(BulkText::customer(customer.customerName, customer.orgNo), customer.reasonText);
        auto *item = new QListWidgetItem(text, m_skippedList);
        item->setData(Qt::UserRole, customer.orgNo);
        item->setToolTip(text);
    }
    m_skippedHeading->setVisible(!skipped.isEmpty());
    m_skippedList->setVisible(!skipped.isEmpty());
    retranslateUi();
}

void ExportResultSection::showSaved(Format format, const HandOffExport::Batch &batch, const QString &path)
{
    const QLocale locale = this->locale();
    const int written = int(batch.messages.size());
    const QString where = QDir::toNativeSeparators(path);
    QString text;
    switch (format) {
    case Format::Csv:
        text = tr("Saved the messages of %1 customer(s) to %2.", nullptr, written)
                   .arg(locale.toString(written), where);
        break;
    case Format::Emails: {
        text = tr(
            "Saved %1 e-mail draft(s) in %2. Open them in your mail program and send them.", nullptr, written)
                   .arg(locale.toString(written), where);
        int withoutAddress = 0;
        for (const HandOffExport::Message &message : batch.messages)
            withoutAddress += HandOffExport::emailAddresses(message.contactEmail).isEmpty() ? 1 : 0;
        if (withoutAddress > 0)
            text += u' '
                + tr("%1 of them have no recipient yet: the list has no e-mail address for them.", nullptr,
                    withoutAddress)
                      .arg(locale.toString(withoutAddress));
        break;
    }
    case Format::Pdf:
        text = tr("Saved a PDF with %1 page(s), one per customer, to %2.", nullptr, written)
                   .arg(locale.toString(written), where);
        break;
    }
    Labels::showNotice(m_resultLabel, text, u"success"_s);
}

void ExportResultSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExportResultSection::retranslateUi()
{
    m_skippedList->setAccessibleName(tr("Customers left out, and why"));
    if (!m_skipped.isEmpty())
        m_skippedHeading->setText(tr("&Without a link (%1): left out", nullptr, int(m_skipped.size()))
                                      .arg(locale().toString(qsizetype(m_skipped.size()))));
}
