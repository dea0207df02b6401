#include "bulk/ExportChoiceSection.h"

#include "common/Labels.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ExportChoiceSection::ExportChoiceSection(QWidget *parent)
    : QWidget(parent)
    , m_whoHeading(Labels::heading(u"exportWhoHeading"_s, this))
    , m_allWaiting(new QRadioButton(this))
    , m_reminders(new QRadioButton(this))
    , m_days(new QSpinBox(this))
    , m_filtered(new QRadioButton(this))
    , m_formatHeading(Labels::heading(u"exportFormatHeading"_s, this))
    , m_csv(new QRadioButton(this))
    , m_emails(new QRadioButton(this))
    , m_pdf(new QRadioButton(this))
    , m_contactLabel(new QLabel(this))
    , m_contact(new QLineEdit(this))
    , m_selectionGroup(new QButtonGroup(this))
    , m_formatGroup(new QButtonGroup(this))
{
    setObjectName(u"exportChoiceSection"_s);
    m_allWaiting->setObjectName(u"exportAllWaitingRadio"_s);
    m_reminders->setObjectName(u"exportRemindersRadio"_s);
    m_days->setObjectName(u"reminderDaysSpinBox"_s);
    m_filtered->setObjectName(u"exportFilteredRadio"_s);
    m_csv->setObjectName(u"exportCsvRadio"_s);
    m_emails->setObjectName(u"exportEmailsRadio"_s);
    m_pdf->setObjectName(u"exportPdfRadio"_s);
    m_contact->setObjectName(u"exportContactEdit"_s);
    m_contactLabel->setBuddy(m_contact);
    m_days->setRange(1, 365);
    m_days->setValue(DefaultReminderDays);
    m_selectionGroup->addButton(m_allWaiting, int(Selection::AllWaiting));
    m_selectionGroup->addButton(m_reminders, int(Selection::Reminders));
    m_selectionGroup->addButton(m_filtered, int(Selection::CurrentFilter));
    m_formatGroup->addButton(m_csv, int(Format::Csv));
    m_formatGroup->addButton(m_emails, int(Format::Emails));
    m_formatGroup->addButton(m_pdf, int(Format::Pdf));
    m_allWaiting->setChecked(true);
    m_csv->setChecked(true);

    auto *reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_reminders);
    reminderRow->addWidget(m_days);
    reminderRow->addStretch(1);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contactLabel);
    contactRow->addWidget(m_contact, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_whoHeading);
    layout->addWidget(m_allWaiting);
    layout->addLayout(reminderRow);
    layout->addWidget(m_filtered);
    layout->addWidget(m_formatHeading);
    layout->addWidget(m_csv);
    layout->addWidget(m_emails);
    layout->addWidget(m_pdf);
    layout->addLayout(contactRow);
    setTabOrder(m_allWaiting, m_reminders);
    setTabOrder(m_reminders, m_days);
    setTabOrder(m_days, m_filtered);
    setTabOrder(m_filtered, m_csv);
    setTabOrder(m_csv, m_emails);
    setTabOrder(m_emails, m_pdf);
    setTabOrder(m_pdf, m_contact);

    connect(m_selectionGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT choiceChanged();
    });
    connect(m_formatGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT choiceChanged();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        m_reminders->setChecked(true);
        Q_EMIT choiceChanged();
    });
    retranslateUi();
}

ExportChoiceSection::Selection ExportChoiceSection::selection() const
{
    return Selection(m_selectionGroup->checkedId());
}

void ExportChoiceSection::setSelection(Selection selection)
{
    selectionButton(selection)->setChecked(true);
}

ExportChoiceSection::Format ExportChoiceSection::format() const
{
    return Format(m_formatGroup->checkedId());
}

void ExportChoiceSection::setFormat(Format format)
{
    formatButton(format)->setChecked(true);
}

int ExportChoiceSection::reminderDays() const
{
    return m_days->value();
}

void ExportChoiceSection::setReminderDays(int days)
{
    m_days->setValue(days);
}

QString ExportChoiceSection::contact() const
{
    return m_contact->text().trimmed();
}

QRadioButton *ExportChoiceSection::selectionButton(Selection selection) const
{
    return qobject_cast<QRadioButton *>(m_selectionGroup->button(int(selection)));
}

QRadioButton *ExportChoiceSection::formatButton(Format format) const
{
    return qobject_cast<QRadioButton *>(m_formatGroup->button(int(format)));
}

void ExportChoiceSection::setCounts(int waiting, int reminders, int filtered)
{
    m_waitingCount = waiting;
    m_reminderCount = reminders;
    m_filteredCount = filtered;
    retranslateUi();
}

void ExportChoiceSection::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    m_days->setLocale(locale);
    retranslateUi();
}

void ExportChoiceSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExportChoiceSection::retranslateUi()
{
    m_whoHeading->setText(tr("Which customers"));
    m_allWaiting->setText(tr("&All waiting for approval (%1)").arg(m_locale.toString(m_waitingCount)));
    m_allWaiting->setAccessibleName(QString(m_allWaiting->text()).remove(u'&'));
    m_reminders->setText(
        tr("A &reminder to those waiting more than (%1):").arg(m_locale.toString(m_reminderCount)));
    m_reminders->setAccessibleName(tr("A reminder to those waiting more than the number of days given"));
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days waiting before a reminder"));
    m_filtered->setText(tr("The customers the list &shows now (%1)").arg(m_locale.toString(m_filteredCount)));
    m_filtered->setAccessibleName(QString(m_filtered->text()).remove(u'&'));
    m_filtered->setToolTip(tr("As the filter of the customer list has them; those without a link are left "
                              "out and named."));
    m_formatHeading->setText(tr("Format"));
    m_csv->setText(tr("A &CSV file for a mail merge (one row per customer, with subject and message)"));
    m_csv->setAccessibleName(tr("CSV file for a mail merge"));
    m_emails->setText(tr("One &e-mail draft per customer (.eml files in a folder; open them in your mail "
                         "program)"));
    m_emails->setAccessibleName(tr("One e-mail draft per customer"));
    m_pdf->setText(tr("A &PDF to print, one page per customer with a QR code of the link"));
    m_pdf->setAccessibleName(tr("PDF with QR codes"));
    m_contactLabel->setText(tr("C&ontact for questions (optional):"));
    m_contact->setAccessibleName(tr("Contact for the customers' questions"));
    m_contact->setPlaceholderText(tr("E-mail or phone, shown in every message"));
}
