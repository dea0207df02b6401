#include "bulk/ImportPreviewSection.h"

#include "bulk/BulkText.h"
#include "bulk/ImportRowsModel.h"
#include "common/Labels.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ImportPreviewSection::ImportPreviewSection(QWidget *parent)
    : QWidget(parent)
    , m_summaryLabel(Labels::text(u"importSummaryLabel"_s, this))
    , m_formatLabel(Labels::hint(u"importFormatLabel"_s, this))
    , m_rowsHeading(Labels::heading(u"importRowsHeading"_s, this))
    , m_rowsTable(new QTableView(this))
    , m_rowsModel(new ImportRowsModel(this))
    , m_findingsHeading(Labels::heading(u"importFindingsHeading"_s, this))
    , m_findingsList(new QListWidget(this))
{
    setObjectName(u"importPreviewSection"_s);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_formatLabel->setTextFormat(Qt::PlainText);
    m_rowsTable->setObjectName(u"importRowsTable"_s);
    m_rowsTable->setModel(m_rowsModel);
    m_rowsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rowsTable->setAlternatingRowColors(true);
    m_rowsTable->setWordWrap(false);
    m_rowsTable->verticalHeader()->hide();
    // Interactive widths: measuring every cell of 10,000 rows would stall the preview.
    m_rowsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rowsTable->horizontalHeader()->setStretchLastSection(true);
    m_rowsTable->horizontalHeader()->setResizeContentsPrecision(50);
    m_rowsTable->horizontalHeader()->setMaximumSectionSize(320);
    // Before any row: wide enough for the column titles, so none is cut off in the empty table.
    for (int column = 0; column < ImportRowsModel::ColumnCount - 1; ++column)
        m_rowsTable->resizeColumnToContents(column);
    m_rowsTable->setTabKeyNavigation(false);
    m_findingsList->setObjectName(u"importFindingsList"_s);
    m_findingsList->setWordWrap(true);
    m_findingsList->setTextElideMode(Qt::ElideNone);
    m_findingsList->setUniformItemSizes(false);
    m_rowsHeading->setBuddy(m_rowsTable);
    m_findingsHeading->setBuddy(m_findingsList);

    auto *rowsPane = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(rowsPane);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_rowsHeading);
    rowsLayout->addWidget(m_rowsTable, 1);
    auto *findingsPane = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsHeading);
    findingsLayout->addWidget(m_findingsList, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"importPreviewSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(rowsPane);
    splitter->addWidget(findingsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_formatLabel);
    layout->addWidget(splitter, 1);
    retranslateUi();
    clear();
}

void ImportPreviewSection::showResult(const CustomerListImport::Result &result,
    const CustomerListImport::Merge &merge, const QSet<QString> &listed, const QLocale &locale)
{
    m_result = result;
    m_merge = merge;
    m_locale = locale;
    m_rowsModel->setRows(result.rows, listed);
    if (!m_columnsSized && !result.rows.isEmpty()) {
        // Sized once, from the header and the first rows (resizeContentsPrecision), not from every row.
        m_columnsSized = true;
        for (int column = 0; column < ImportRowsModel::ColumnCount - 1; ++column)
            m_rowsTable->resizeColumnToContents(column);
    }
    fillFindings(result.findings, locale);
    retranslateUi();
    setVisible(true);
}

void ImportPreviewSection::clear()
{
    m_result.reset();
    m_merge = {};
    m_rowsModel->clear();
    m_findingsList->clear();
    retranslateUi();
}

QString ImportPreviewSection::summaryText() const
{
    return m_summaryLabel->text();
}

void ImportPreviewSection::fillFindings(
    const QList<CustomerListImport::Finding> &findings, const QLocale &locale)
{
    m_findingsList->setUpdatesEnabled(false);
    m_findingsList->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QColor errorColour = BulkText::severityColour(palette(), true);
    const QColor warningColour = BulkText::severityColour(palette(), false);
    const int shown = std::min<int>(int(findings.size()), MostFindingsShown);
    for (int i = 0; i < shown; ++i) {
        const CustomerListImport::Finding &finding = findings.at(i);
        // The word says it too: the colour and the icon alone would not reach everyone.
        const QString text =
            finding.isError() ? tr("Error: %1").arg(finding.message) : tr("Warning: %1").arg(finding.message);
        auto *item = new QListWidgetItem(finding.isError() ? errorIcon : warningIcon, text);
        item->setForeground(finding.isError() ? errorColour : warningColour);
        item->setData(Qt::UserRole, finding.line);
        item->setData(Qt::UserRole + 1, finding.isError());
        item->setData(Qt::AccessibleTextRole, text);
        item->setToolTip(text);
        m_findingsList->addItem(item);
    }
    if (findings.size() > shown) {
        auto *more = new QListWidgetItem(tr("… and %1 more. Correct the list in the spreadsheet and "
                                            "import it again.")
                                             .arg(locale.toString(qsizetype(findings.size() - shown))));
        more->setFlags(Qt::ItemIsEnabled);
        m_findingsList->addItem(more);
    }
    m_findingsList->setUpdatesEnabled(true);
}

void ImportPreviewSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_rowsModel->retranslate();
    }
    QWidget::changeEvent(event);
}

void ImportPreviewSection::retranslateUi()
{
    m_rowsTable->setAccessibleName(tr("Customers read from the list"));
    m_findingsList->setAccessibleName(tr("Problems found in the list, with their lines"));
    if (!m_result) {
        m_summaryLabel->setText(tr("Nothing read yet."));
        m_formatLabel->clear();
        m_rowsHeading->setText(tr("&Customers in the list"));
        m_findingsHeading->setText(tr("Fin&dings"));
        return;
    }
    const CustomerListImport::Counts counts = m_result->counts();
    m_summaryLabel->setText(CustomerListImport::summary(m_merge));
    m_summaryLabel->setAccessibleName(m_summaryLabel->text());
    QStringList format;
    format << tr("Separator: %1").arg(CustomerListImport::separatorName(m_result->separator));
    format << tr("Encoding: %1").arg(CustomerListImport::encodingName(m_result->encoding));
    format << (m_result->hasHeader ? tr("the first line names the columns")
                                   : tr("no header line: the columns are read in the usual order"));
    m_formatLabel->setText(format.join(u" · "_s));
    m_formatLabel->setAccessibleName(m_formatLabel->text());
    m_rowsHeading->setText(
        tr("&Customers in the list (%1)").arg(m_locale.toString(qsizetype(m_result->rows.size()))));
    if (counts.errors == 0 && counts.warnings == 0)
        m_findingsHeading->setText(tr("Fin&dings: none"));
    else
        m_findingsHeading->setText(
            tr("Fin&dings: %1, %2")
                .arg(tr("%1 error(s)", nullptr, counts.errors).arg(m_locale.toString(counts.errors)),
                    tr("%1 warning(s)", nullptr, counts.warnings).arg(m_locale.toString(counts.warnings))));
}
