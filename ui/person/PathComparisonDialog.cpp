#include "person/PathComparisonDialog.h"

#include "common/Labels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PathComparisonDialog::PathComparisonDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(Labels::text(u"pathComparisonIntro"_s, this))
    , m_table(new QTableWidget(0, 2, this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(u"pathComparisonDialog"_s);
    m_table->setObjectName(u"pathComparisonTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Read, not chosen from: arrow keys still move between cells for a screen reader, without a highlight.
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_closeButton->setObjectName(u"pathComparisonCloseButton"_s);
    m_closeButton->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    // Wrapped cells need their height again whenever the columns get their width (the stretched columns
    // are sized after the dialog's and the table's own resize, so those events come too early).
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_rowsResizeQueued) {
            m_rowsResizeQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_rowsResizeQueued = false;
                    m_table->resizeRowsToContents();
                },
                Qt::QueuedConnection);
        }
    });
    // Fits inside the main window at its minimum size (760×560).
    resize(720, 500);
    retranslateUi();
}

void PathComparisonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PathComparisonDialog::retranslateUi()
{
    setWindowTitle(tr("Which way fits your system?"));
    m_intro->setText(tr("An end-user system can talk to an Altinn app in two ways. Pick the one that "
                        "matches how your system is used; many systems need both."));
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close the comparison"));

    struct Row
    {
        QString question;
        QString person;
        QString systemUser;
    };
    const QList<Row> rows{
        {tr("Who is there"), tr("A person is present and logs in when the system acts."),
            tr("Nobody. The system runs unattended, for example at night or in batches.")},
        {tr("Who logs in"), tr("The person, at ID-porten, each time their session has ended."),
            tr("Nobody logs in. Your system signs a request to Maskinporten with its own key.")},
        {tr("Who approves"),
            tr("The person, by logging in. Altinn checks their roles at the organisation every time."),
            tr("The customer's access manager, once, by approving your system user request in Altinn.")},
        {tr("What the token says"),
            tr("Who the person is (pid: the national identity number) and the scopes. Altinn exchanges it "
               "for an Altinn token."),
            tr("Which system user acts (its id and the customer's organisation number) and the scopes.")},
        {tr("Scopes and rights"),
            tr("The scopes altinn:instances.read and altinn:instances.write. An app owner may define its "
               "own scope as well, to limit which clients may use the app. What the person may do "
               "follows their roles."),
            tr("The rights the customer gave the system user on the app's resource (app_{org}_{app}), as "
               "your system definition asks for them.")},
        {tr("Lifetime"), tr("As long as the ID-porten session. Then the person logs in again."),
            tr("Long-lived: the system user works until the customer deletes it. Each token lasts a few "
               "minutes and is fetched again.")},
        {tr("Choose it when"),
            tr("A person uses your system and is there when it sends, for example to submit the annual "
               "accounts."),
            tr("Your system works on its own for many customers, for example sending data on a "
               "schedule.")},
    };

    m_table->setHorizontalHeaderLabels(
        {tr("As a person (ID-porten)"), tr("As a system user (Maskinporten)")});
    m_table->setAccessibleName(tr("Comparison of the two ways"));
    m_table->setAccessibleDescription(
        tr("One row per question; the first column is a person with ID-porten, the second a system user "
           "with Maskinporten."));
    m_table->setRowCount(int(rows.size()));
    QStringList questions;
    for (int row = 0; row < rows.size(); ++row) {
        const Row &entry = rows.at(row);
        questions.append(entry.question);
        const QStringList cells{entry.person, entry.systemUser};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            // Screen readers read the question with the answer.
            item->setData(Qt::AccessibleTextRole, QString(entry.question + u": "_s + cells.at(column)));
            m_table->setItem(row, column, item);
        }
    }
    m_table->setVerticalHeaderLabels(questions);
    m_table->resizeRowsToContents();
}
