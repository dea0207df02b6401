#pragma once

#include <QLocale>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

/**
 * What to export: which customers (all waiting, waiting longer than N days — a reminder, or those the
 * customers view shows now), in which format (a mail-merge CSV, one e-mail draft per customer, a PDF
 * with a QR code per customer) and, optionally, a contact for the customers' questions.
 */
class ExportChoiceSection : public QWidget
{
    Q_OBJECT

public:
    enum class Selection { AllWaiting, Reminders, CurrentFilter };
    Q_ENUM(Selection)
    enum class Format { Csv, Emails, Pdf };
    Q_ENUM(Format)

    static constexpr int DefaultReminderDays = 14;

    explicit ExportChoiceSection(QWidget *parent = nullptr);

    Selection selection() const;
    void setSelection(Selection selection);
    Format format() const;
    void setFormat(Format format);
    int reminderDays() const;
    void setReminderDays(int days);
    QString contact() const;
    /// How many customers each choice covers (shown beside it).
    void setCounts(int waiting, int reminders, int filtered);
    void setLocale(const QLocale &locale);

    QRadioButton *selectionButton(Selection selection) const;
    QRadioButton *formatButton(Format format) const;
    QSpinBox *reminderDaysSpinBox() const { return m_days; }

Q_SIGNALS:
    void choiceChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_whoHeading;
    QRadioButton *m_allWaiting;
    QRadioButton *m_reminders;
    QSpinBox *m_days;
    QRadioButton *m_filtered;
    QLabel *m_formatHeading;
    QRadioButton *m_csv;
    QRadioButton *m_emails;
    QRadioButton *m_pdf;
    QLabel *m_contactLabel;
    QLineEdit *m_contact;
    QButtonGroup *m_selectionGroup;
    QButtonGroup *m_formatGroup;
    int m_waitingCount = 0;
    int m_reminderCount = 0;
    int m_filteredCount = 0;
    QLocale m_locale;
};
